/**
 * Leader, Official and Institution: one set of field resolvers for the three, since they differ
 * only in kind. Lists default to [] because older nodes may lack them. `offices`, `country` and
 * `counterparts` are relations declared in the SDL (`@relation` on the Actor interface), and
 * `calls`, `tweets` and `commitments` are lists the actor owns (`ownedLists`); both, and which of
 * the three types an actor is (its kind), are resolved by build-schema.ts.
 */
import type { ActorRecord } from '../../graph/readers/records.js';

const actorFields = {
  aliases: (a: ActorRecord) => a.aliases ?? [],
  handles: (a: ActorRecord) => a.handles ?? [],
};

export const actorResolvers = {
  ActorKind: { LEADER: 'leader', OFFICIAL: 'official', INSTITUTION: 'institution' },
  Leader: actorFields,
  Official: actorFields,
  Institution: actorFields,
};
