import { PipelineOrderError } from '../errors.js';
import type { Messages } from '../diagnostics.js';
import type { AnalysedArticle, Article, ArticleStage, Doc, Layer, StageContext } from '../types.js';
import type { StageTimes } from './timing.js';

export type Analyse = (article: Article, messages: Messages) => AnalysedArticle;

/**
 * Builds the per-article analysis from stages in the order given. Checks first that every stage's `requires`
 * is assigned by an earlier stage, so that a bad order fails at start-up with a message, not on some article.
 */
export function composeStages(stages: readonly ArticleStage[], times: StageTimes): Analyse {
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
