// A small on-disk project for `odibi run` tests: the course's A..E graph over CSV files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const COURSE_YAML = `project: course
connections:
  files: { type: local, base_path: data }
story: { auto_generate: false }
pipelines:
  - pipeline: course
    nodes:
      - { name: A, read: { connection: files, path: a.csv, format: csv }, write: { connection: files, path: out/a.csv, format: csv } }
      - { name: B, read: { connection: files, path: b.csv, format: csv }, write: { connection: files, path: out/b.csv, format: csv } }
      - name: C
        depends_on: [A]
        transform: { steps: [{ operation: derive, params: { columns: { y: "d => d.x * 2" } } }] }
        write: { connection: files, path: out/c.csv, format: csv }
      - name: D
        depends_on: [B]
        transform: { steps: [{ operation: derive, params: { columns: { y: "d => d.x * 3" } } }] }
        write: { connection: files, path: out/d.csv, format: csv }
      - name: E
        depends_on: [C, D]
        transform: { steps: [{ operation: union, params: { with: D } }] }
        write: { connection: files, path: out/e.csv, format: csv }
  - pipeline: report
    depends_on: [course]
    nodes:
      - { name: total, read: { connection: files, path: out/e.csv, format: csv } }
`;

/** A fresh project folder under the system's temp folder; returns the project file. */
export function courseProject(yaml = COURSE_YAML): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'odibi-run-'));
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'data', 'a.csv'), 'x\n1\n2\n');
  writeFileSync(path.join(dir, 'data', 'b.csv'), 'x\n10\n');
  writeFileSync(path.join(dir, 'project.yaml'), yaml);
  return path.join(dir, 'project.yaml');
}
