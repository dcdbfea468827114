/**
 * Profiles one call in-process (V8's sampling profiler through the
 * inspector) and sums self time per function, so a benchmark that misses a
 * target can say where the time goes.
 */
import { Session } from 'node:inspector/promises';

export interface HotSpot {
  /** `function (folder/file.ts)`. */
  where: string;
  /** Share of the sampled time, 0..1. */
  share: number;
  ms: number;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function label(frame: ProfileNode['callFrame']): string {
  const file = frame.url ? frame.url.split('/').slice(-2).join('/') : '';
  const name = frame.functionName || '(anonymous)';
  return file ? `${name} (${file})` : name;
}

/** Runs `fn` under the profiler; returns the `top` functions by self time (idle and program excluded). */
export async function profileCall(fn: () => Promise<unknown>, top = 8): Promise<HotSpot[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    await fn();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    return hotSpots(profile, top);
  } finally {
    session.disconnect();
  }
}

function hotSpots(profile: Profile, top: number): HotSpot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    // The inspector session's own native `dispatch` (posting Profiler.stop serialises the profile): the profiler, not the code.
    if (frame.functionName === 'dispatch' && !frame.url) return;
    const key = label(frame);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, us]) => ({ where, share: us / total, ms: us / 1000 }));
}
