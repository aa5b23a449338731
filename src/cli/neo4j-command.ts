/**
 * `diplograph neo4j resolve`: fetches the Neo4j server jars from Maven Central into ~/.m2 ahead
 * of the first start (CI and Docker builds run it so that start-up needs no network).
 */
import type { Command } from 'commander';
import { neo4jVersion, resolveNeo4jClasspath } from '../graph/neo4j-classpath.js';

export function registerNeo4jCommand(program: Command): void {
  const neo4j = program.command('neo4j').description('Manage the local Neo4j server the project runs.');
  neo4j
    .command('resolve')
    .description('Resolve the Neo4j server jars from Maven Central (cached in ~/.m2).')
    .action(async () => {
      const classpath = await resolveNeo4jClasspath((v) => process.stderr.write(`resolving Neo4j ${v} from Maven Central…\n`));
      process.stdout.write(`Neo4j ${neo4jVersion()}: ${classpath.split(':').length} jars ready\n`);
    });
}
