// The extraction pool's worker (piscina loads it in each thread). Worker threads start without
// the main thread's loader hooks, and under jest there are none: register tsx here so the
// TypeScript pipeline loads the same way under `npx diplograph`, tsx and jest. One small article
// extracted at load (gazetteer, compiled rules, lazy libraries) keeps start-up cost out of the
// first real article's time budget: piscina hands out a thread only once this module has loaded.
import { register } from 'tsx/esm/api';

register();
const { runExtractionTask } = await import('./extraction-task.ts');
runExtractionTask({ text: 'date 2022-03-02\nPresident Biden spoke by phone with Chancellor Scholz on Tuesday.', options: {} });

export default runExtractionTask;
