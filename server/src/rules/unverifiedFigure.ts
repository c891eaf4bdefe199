import type { Finding } from '../engine/findingModel';
import type { Figure } from '../figures/figureModel';

/** SPEC `unverified-figure`: a figure that matches no claim. */
export function unverifiedFigureFinding(figure: Figure): Finding {
  return {
    rule: 'unverified-figure',
    message: `${figure.text} matches no claim in the claim set`,
    start: figure.start,
    end: figure.end,
  };
}
