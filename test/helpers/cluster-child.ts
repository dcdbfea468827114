// A process that starts a local cluster (Redis and one worker of the given project) and then
// waits forever; it prints the cluster's pids as one JSON line. The test kills it with SIGKILL,
// as a kernel dies, and checks that nothing it started lives on.
import { LocalCluster } from '../../src/executor/queue/local-cluster.js';

const [stateDir, project] = process.argv.slice(2) as [string, string];
const cluster = await LocalCluster.start({ stateDir });
const [worker] = await cluster.addWorkers(project, 1);
console.log(JSON.stringify({ redisUrl: cluster.redisUrl, pids: [worker!.pid] }));
setInterval(() => undefined, 60_000);
