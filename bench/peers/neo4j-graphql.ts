/**
 * The peer: @neo4j/graphql v7 serving type definitions written for it over diplograph's labels
 * and relationship types (docs/graph-model.md), as a user of that library would write them for
 * the benchmark's questions. Relationships are `@relationship` fields (the library translates a
 * whole request into one Cypher statement); what the graph does not store as a relationship — an
 * actor's country is a code property, counterparts are a two-hop aggregate — is a `@cypher` field,
 * the library's own mechanism for that. Served by graphql-yoga, as diplograph is.
 *
 * @example
 *   const app = await createNeo4jGraphqlApp(driver);
 *   // POST /graphql { leaders(where: { name: { eq: "…" } }) { name calls(limit: 20, sort: [{ date: DESC }]) { id } } }
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { contactNetworkCypher } from './network-cypher.js';

/** The fields every actor type shares; Leader and Actor differ only in the label they map to. */
const actorFields = `
  id: ID!
  name: String!
  kind: String
  title: String
  countryCode: String @alias(property: "country")
  country: Country
    @cypher(statement: "MATCH (c:Country {code: this.country}) RETURN c", columnName: "c")
  calls: [Call!]! @relationship(type: "TOOK_PART_IN", direction: OUT)
  """Everyone this actor shared calls with, most calls first (same order as diplograph's counterparts), from the contact aggregate."""
  counterparts(first: Int = 20): [Actor!]!
    @cypher(
      statement: """
      MATCH (this)-[t:CONTACTED]-(o:Actor)
      WITH o, t.calls AS callCount, t.last AS lastContact
      ORDER BY callCount DESC, lastContact DESC, o.id
      LIMIT $first
      RETURN o AS actor
      """
      columnName: "actor"
    )
`;

export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  type Country @node {
    code: String!
    name: String!
    leaders: [Leader!]! @relationship(type: "HOLDS_OFFICE", direction: IN)
    """The calls its actors took part in: the graph keeps them one hop away (INVOLVES, docs/graph-model.md)."""
    calls: [Call!]! @relationship(type: "INVOLVES", direction: IN)
  }

  type Actor @node {
    ${actorFields}
  }

  type Leader @node(labels: ["Leader"]) {
    ${actorFields}
  }

  type Topic @node {
    name: String!
  }

  type Tweet @node {
    id: ID!
    text: String!
    postedOn: Date
  }

  type Call @node {
    id: ID!
    date: Date
    medium: String!
    participants: [Actor!]! @relationship(type: "TOOK_PART_IN", direction: IN)
    topics: [Topic!]! @relationship(type: "DISCUSSED", direction: OUT)
    tweets: [Tweet!]! @relationship(type: "ABOUT", direction: IN)
  }

  type NetworkNode {
    id: ID!
    name: String!
    depth: Int!
  }

  type NetworkEdge {
    source: ID!
    target: ID!
    weight: Int!
  }

  type ContactNetwork {
    nodes: [NetworkNode!]!
    edges: [NetworkEdge!]!
    truncated: Boolean!
  }

  type Query {
    contactNetwork(center: ID!, limit: Int = 100): ContactNetwork
      @cypher(statement: """${contactNetworkCypher}""", columnName: "network")
  }
`;

export async function createNeo4jGraphqlApp(driver: Driver) {
  const neo = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver });
  const schema = await neo.getSchema();
  return createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false, maskedErrors: false });
}
