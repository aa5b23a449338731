/**
 * Issue 16: extraction in linear time. For every class of adversarial text (repetitions of the
 * tokens the stages treat specially), doubling the input may at most ~2.5x the time. A failure
 * names the stages that grow fastest.
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { extractFacts } from '../../src/extraction/pipeline.js';
import { ADVERSARIAL_CLASSES, adversarialText } from '../helpers/adversarial-texts.js';
import { growthPerDoubling } from '../helpers/measure-growth.js';

const SIZES = [25_000, 50_000, 100_000, 200_000];
const MAX_GROWTH = 2.5;

describe('extraction time grows linearly with the input', () => {
  beforeAll(() => {
    // Load the gazetteer and compile every rule before the first measurement.
    extractFacts('date 2022-03-02\nPresident Biden spoke by phone with Chancellor Scholz on Tuesday.', { gazetteer: loadGazetteer() });
  });

  it.each(ADVERSARIAL_CLASSES.map((c) => [c.id, c.reason]))('%s: doubling the text at most ~2.5x the time (%s)', (id) => {
    // A busy machine can make one series look steep; a stage that really grows faster does so twice.
    let growth = growthPerDoubling((size) => adversarialText(id, size), SIZES);
    if (growth.total > MAX_GROWTH) growth = growthPerDoubling((size) => adversarialText(id, size), SIZES, 5);
    const worst = [...growth.stages].sort((a, b) => b.growth - a.growth).slice(0, 3);
    const report = `${id}: x${growth.total.toFixed(2)} per doubling (${SIZES.map((s, i) => `${s / 1000}k ${growth.ms[i]} ms`).join(', ')}); fastest-growing stages: ${worst.map((s) => `${s.name} x${s.growth.toFixed(2)} (${s.ms} ms)`).join(', ')}`;
    expect({ growth: growth.total <= MAX_GROWTH, report }).toEqual({ growth: true, report });
  }, 600_000);
});
