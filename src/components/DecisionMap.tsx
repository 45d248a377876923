import laidOut from 'virtual:decision-map';
import { useTranslation } from 'react-i18next';
import { answerChoices } from '../flow/answers';
import type { DecisionMap as LaidOutMap, MapEdge, PlacedNode } from '../flow/map';
import { canVisit, isQuestion, outcomeFor, routeOf } from '../flow/rules';
import type { StepId } from '../flow/steps';
import { stepHref } from '../hooks/location';
import { useAnswers } from '../hooks/wizard';

const map = laidOut as LaidOutMap;

/** The steps of the person's route so far, in order, ending where the answers lead. */
function routeSteps(answers: ReturnType<typeof useAnswers>): StepId[] {
  if (Object.keys(answers).length === 0) return [];
  const route = routeOf(answers);
  const end: StepId | undefined = outcomeFor(answers) ?? (route.end === 'notCovered' ? 'notCovered' : undefined);
  return ['start', ...route.questions, ...(end ? [end] : [])] as StepId[];
}

/**
 * The decision map, drawn from the statechart (src/flow/map.ts) and laid out at build time
 * (scripts/decision-map.ts): steps as boxes, edges labelled with the answers that take them, the
 * person's route highlighted, and each step a link when the answers allow it. The same map is
 * given as a nested list for screen readers and small screens.
 */
export function DecisionMap() {
  const { t } = useTranslation('outcomes');
  const answers = useAnswers();
  const route = routeSteps(answers);
  const onRoute = (edge: MapEdge) => route.some((step, i) => step === edge.from && route[i + 1] === edge.to);
  const name = useStepName();
  const choices = useChoicesText();

  return (
    <section className="decision-map">
      <h2 id="map-heading" className="heading-m">
        {t('overview.mapHeading')}
      </h2>
      <p>{t('overview.mapIntro')}</p>
      {route.length > 0 && <p className="decision-map__key">{t('overview.mapRouteKey')}</p>}
      {/* At its own size, scrolled sideways on a narrow screen (the list below says the same). */}
      <div className="decision-map__scroll" role="region" aria-labelledby="map-heading" tabIndex={0}>
      <svg className="decision-map__svg" viewBox={`0 0 ${map.width} ${map.height}`} width={map.width} height={map.height}>
        <defs>
          <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="decision-map__arrow" />
          </marker>
        </defs>
        {map.edges.map((edge) => (
          <g key={`${edge.from}>${edge.to}`} aria-hidden="true" className={`decision-map__edge${onRoute(edge) ? ' decision-map__edge--route' : ''}`}>
            <path d={pathOf(edge.points)} markerEnd="url(#map-arrow)" />
            {edge.choices.length > 0 && (
              <text x={edge.label.x} y={edge.label.y} textAnchor="middle" className="decision-map__label">
                {wrap(choices(edge), 20).map((line, i, lines) => (
                  <tspan key={i} x={edge.label.x} dy={i === 0 ? `${-(lines.length - 1) * 0.55 + 0.35}em` : '1.1em'}>
                    {line}
                  </tspan>
                ))}
              </text>
            )}
          </g>
        ))}
        {map.nodes.map((node) => (
          <MapNodeBox key={node.id} node={node} label={name(node.id)} onRoute={route.includes(node.id)} link={canVisit(answers, node.id)} />
        ))}
      </svg>
      </div>
      <details className="details">
        <summary className="details__summary">{t('overview.mapAsList')}</summary>
        <div className="details__text">
          <ul className="list list--bullet">
            {map.nodes
              .filter((node) => map.edges.some((edge) => edge.from === node.id))
              .map((node) => (
                <li key={node.id}>
                  {name(node.id)}
                  {route.includes(node.id) && <> {t('overview.onYourRoute')}</>}
                  <ul className="list list--bullet">
                    {map.edges
                      .filter((edge) => edge.from === node.id)
                      .map((edge) => (
                        <li key={edge.to}>
                          {edge.choices.length > 0
                            ? t('overview.mapListEdge', { choices: choices(edge), step: name(edge.to) })
                            : t('overview.mapListNext', { step: name(edge.to) })}
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
          </ul>
        </div>
      </details>
    </section>
  );
}

function MapNodeBox({ node, label, onRoute, link }: { node: PlacedNode; label: string; onRoute: boolean; link: boolean }) {
  const x = node.x - node.width / 2;
  const y = node.y - node.height / 2;
  const lines = wrap(label, 22);
  const body = (
    <>
      <rect x={x} y={y} width={node.width} height={node.height} rx={node.kind === 'question' ? 4 : 14} />
      <text x={node.x} y={node.y} textAnchor="middle">
        {lines.map((line, i) => (
          <tspan key={i} x={node.x} dy={i === 0 ? `${-(lines.length - 1) * 0.55 + 0.35}em` : '1.1em'}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
  const className = `decision-map__node decision-map__node--${node.kind}${onRoute ? ' decision-map__node--route' : ''}`;
  return link ? (
    <a href={stepHref(node.id)} className={className} aria-label={label}>
      {body}
    </a>
  ) : (
    <g className={className} aria-hidden="true">
      {body}
    </g>
  );
}

function useStepName() {
  const { t: tq } = useTranslation('questions');
  const { t: to } = useTranslation('outcomes');
  return (step: StepId): string => {
    if (step === 'start') return to('overview.mapStart');
    if (step === 'notCovered') return to('notCovered.title');
    if (isQuestion(step)) return tq(`${step}.summaryLabel`);
    return to(`titles.${step as 'advanced'}`);
  };
}

function useChoicesText() {
  const { t } = useTranslation('outcomes');
  const { t: tq } = useTranslation('questions');
  return (edge: MapEdge): string => {
    const question = edge.from;
    if (!isQuestion(question)) return '';
    if (edge.choices.length === answerChoices[question].length) return t('overview.anyAnswer');
    return edge.choices.map((choice) => tq(`${question}.mapChoices.${choice}` as never)).join(' / ');
  };
}

function pathOf(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
}

/** Splits a label into lines of about `width` characters, at spaces; text with no spaces (Chinese) by characters. */
export function wrap(text: string, width: number): string[] {
  const words = /\s/.test(text) ? text.split(/\s+/) : [...text].reduce<string[]>((chunks, c, i) => {
    if (i % Math.ceil(width / 2) === 0) chunks.push('');
    chunks[chunks.length - 1] += c;
    return chunks;
  }, []);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= width && /\s/.test(text)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
