// Question: How many calls did two actors share per month?
// Parameters:
//   $a, $b   String  actor ids, e.g. 'joe-biden', 'volodymyr-zelenskyy'
//   $from    Date?   first day counted, a date or 'YYYY-MM-DD' (null: from the start)
//   $to      Date?   last day counted (null: to the end)
// Undated calls have no month and are left out. For weeks or years, replace 'month' by 'week'
// (periods start on Monday) or 'year'. The API's `dyad` field answers the same question, with
// countries as sides too.
// Example (a: 'joe-biden', b: 'volodymyr-zelenskyy', from: null, to: null):
//   month       | calls
//   2022-02-01  | 1
//   2022-03-01  | 1
MATCH (:Actor {id: $a})-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(:Actor {id: $b})
WHERE c.date IS NOT NULL
  AND ($from IS NULL OR c.date >= date($from))
  AND ($to IS NULL OR c.date <= date($to))
WITH DISTINCT c
RETURN date.truncate('month', c.date) AS month, count(c) AS calls
ORDER BY month;
