import { callEventCodes, commitmentEventCodes, incidentEventCodes } from '../../../src/graph/event-codes.js';

describe('event codes: CAMEO and PLOVER for calls, commitments and incidents', () => {
  it.each([
    ['phone', { cameo: '041', ploverEvent: 'CONSULT', ploverMode: 'phone' }],
    ['video', { cameo: '040', ploverEvent: 'CONSULT', ploverMode: null }],
    ['in_person', { cameo: '040', ploverEvent: 'CONSULT', ploverMode: 'visit' }],
    ['unspecified', { cameo: '040', ploverEvent: 'CONSULT', ploverMode: null }],
  ])('codes a %s call', (medium, codes) => expect(callEventCodes(medium)).toEqual(codes));

  it.each([
    ['sanctions', '163', 'SANCTION'],
    ['security_assistance', '0332', 'AGREE'],
    ['humanitarian_aid', '0333', 'AGREE'],
    ['economic_aid', '0331', 'AGREE'],
    ['accountability', '130', 'THREATEN'],
    ['request', '020', 'REQUEST'],
    ['toString', null, null],
    ['something_new', null, null],
  ])('codes a %s commitment', (kind, cameo, ploverEvent) => expect(commitmentEventCodes(kind)).toEqual({ cameo, ploverEvent }));

  it('codes a strike as aerial weapons, and an unknown incident kind as nothing', () => {
    expect(incidentEventCodes('strike')).toEqual({ cameo: '195', ploverEvent: 'ASSAULT', ploverMode: 'aerial' });
    expect(incidentEventCodes('flood')).toEqual({ cameo: null, ploverEvent: null, ploverMode: null });
  });
});
