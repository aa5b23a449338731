// Question: On whose word do we know that two actors were in contact?
// Parameters:
//   $a, $b  String  actor ids, e.g. 'joe-biden', 'volodymyr-zelenskyy'
// One row per piece of evidence: the call, the article, and the quoted words with their offsets
// in the article's body (body.slice(start, end) is the quote) and the extraction rule.
// Example (a: 'joe-biden', b: 'volodymyr-zelenskyy'), first rows:
//   call        | published   | title                                              | start | rule
//   2022-02-24  | 2022-02-24  | Statement by President Joe Biden on Phone Call …   | 0     | contact.conversation-with
//   2022-02-24  | 2022-02-24  | Statement by President Joe Biden on Phone Call …   | 94    | contact.reached-out
//   2022-03-01  | 2022-03-02  | null                                               | 0     | contact.spoke-with
MATCH (:Actor {id: $a})-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(:Actor {id: $b})
MATCH (art:Article)-[r:REPORTS]->(c)
RETURN c.id AS callId, c.date AS call, art.id AS article, art.publishedOn AS published, art.title AS title,
       art.url AS url, r.quote AS quote, r.start AS start, r.end AS end, r.rule AS rule
ORDER BY coalesce(call, published), published, article, start;
