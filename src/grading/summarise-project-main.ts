// Child-process entry of summariseProjectInChild: reads a YAML project on stdin and prints its
// ProjectSummary as JSON. Run with `node --import tsx src/grading/summarise-project-main.ts`.
import { readFileSync } from 'node:fs';
import { summariseProject } from './summarise-project.js';

process.stdout.write(JSON.stringify(summariseProject(readFileSync(0, 'utf8'))));
