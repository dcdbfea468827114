/**
 * The grading layer's entry: what the exercises notebook (`check`) and
 * instructors' scripts (grading a notebook or a class, releasing the course)
 * use. Import it by its path, which the notebook kernel resolves:
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
export { gradeClass, type GradeClassOptions, type ClassGrades } from './class/grade-class.js';
export type { Gradebook, GradebookRow, SubmissionStatus } from './class/gradebook.js';
export { releaseCourse, releaseSolutions, type Release, type ReleaseOptions } from './release-course.js';
export { releaseStamp, type ReleaseStamp } from './release-stamp.js';
export type { CheckCase, CaseResult, CaseVisibility } from './check-case.js';
export type { GradeReport, ExerciseGrade, ExerciseGradeStatus, PointsSplit } from './grade-report.js';
export type { SandboxIsolation, SandboxLimits } from './sandbox/sandbox-command.js';
