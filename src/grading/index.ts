/**
 * The grading layer's entry: what the exercises notebook (`check`) and
 * scripts that grade a notebook use, kept light because every exercises
 * notebook imports it. Grading a class and releasing the course are the
 * `odibi grade` and `odibi course` commands (their modules:
 * `class/grade-class.js`, `release-course.js`). Import it by its path, which the notebook kernel resolves:
 * `import { check } from 'odibi-ts/dist/src/grading/index.js'`.
 *
 * @example
 * ```ts
 * import { checkCellCode, DEFAULT_LIMITS } from 'odibi-ts/dist/src/grading/index.js';
 * checkCellCode(2); // 'await check(2);'
 * DEFAULT_LIMITS.timeMs; // 10000
 * ```
 */
export { check } from './check.js';
export { checkAnswer, type CheckAnswerOptions } from './check-answer.js';
export { checkCellCode } from './check-cell-code.js';
export { gradeNotebook, type GradeNotebookOptions, type GradeNotebookResult } from './grade-notebook.js';
export { gradeSubmission, type GradeSubmissionOptions, type GradedSubmission } from './grade-submission.js';
export { loadExercises, type Exercise, type LoadExercisesOptions } from './load-exercises.js';
export { feedbackHtml } from './feedback-html.js';
export { feedbackText } from './feedback-text.js';
export { scoreTable } from './score-table.js';
export { gradeReportHtml } from './grade-report-html.js';
export { DEFAULT_LIMITS, gradingLimits } from './grading-limits.js';
export type { Gradebook, GradebookRow, SubmissionStatus } from './class/gradebook.js';
export { releaseStamp, type ReleaseStamp } from './release-stamp.js';
export type { CheckCase, CaseResult, CaseVisibility } from './check-case.js';
export type { GradeReport, ExerciseGrade, ExerciseGradeStatus, PointsSplit } from './grade-report.js';
export type { SandboxIsolation, SandboxLimits } from './sandbox/sandbox-command.js';
