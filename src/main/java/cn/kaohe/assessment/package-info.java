/**
 * Evaluating a period: figures → facts → rules → results, rankings and rectification items, and the
 * stored history of every run. {@link cn.kaohe.assessment.AssessmentService} is the entry point.
 */
package cn.kaohe.assessment;
