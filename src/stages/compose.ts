import { PipelineOrderError } from '../core/errors.js';
import type { Messages } from '../core/diagnostics.js';
import type { AnalysedArticle, AnyArticleStage, Article, Doc, Layer, StageContext } from '../core/types.js';
import type { StageTimes } from '../core/timing.js';

export type Analyse = (article: Article, messages: Messages) => AnalysedArticle;

type RequiresOf<S> = S extends { readonly requires: readonly (infer R extends Layer)[] } ? R : never;
type AssignsOf<S> = S extends { readonly assigns: readonly (infer A extends Layer)[] } ? A : never;

/** The stages as given when each one's `requires` is assigned by the ones before it; `never` in place of the first that is not. */
type InOrder<S extends readonly unknown[], Have extends Layer = never> = S extends readonly [infer First, ...infer Rest]
  ? [RequiresOf<First>] extends [Have]
    ? readonly [First, ...InOrder<Rest, Have | AssignsOf<First>>]
    : readonly [never, ...Rest]
  : S;

/**
 * Puts stages in a pipeline's order and makes a bad order a compile error: a stage given before one that
 * assigns what it requires does not type-check (`... is not assignable to never`).
 */
export function inOrder<const S extends readonly AnyArticleStage[]>(...stages: S & InOrder<S>): readonly AnyArticleStage[] {
  return stages;
}

/**
 * Builds the per-article analysis from stages in the order given. Checks first that every stage's `requires`
 * is assigned by an earlier stage, so that a bad order fails at start-up with a message, not on some article.
 */
export function composeStages(stages: readonly AnyArticleStage[], times: StageTimes): Analyse {
  const assigned = new Set<Layer>();
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !assigned.has(layer));
    if (missing.length > 0) {
      throw new PipelineOrderError(
        `stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage assigns; put a stage that assigns it before "${stage.name}"`,
      );
    }
    stage.assigns.forEach((layer) => assigned.add(layer));
  }
  return (article, messages) => {
    const context: StageContext = { report: (ruleId, message, place) => messages.report(ruleId, message, { articleId: article.id, ...place }) };
    let doc: Doc = { article };
    for (const stage of stages) {
      try {
        doc = times.measure(stage.name, () => stage.run(doc, context));
      } catch (error) {
        // A bug must not cost the run or the article: the article is kept with what earlier stages found.
        context.report('analyse/stage-failed', `stage "${stage.name}" failed on this article (${(error as Error).message}); it is kept without what this and later stages add. This is a bug in whosaid: please report it with the article`);
        break;
      }
    }
    return {
      article,
      mentions: doc.mentions ?? [],
      entities: doc.entities ?? [],
      quotes: doc.quotes ?? [],
      relations: doc.relations ?? [],
    };
  };
}
