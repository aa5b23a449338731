// Question: Who talked to whom in a window, and how?
// Parameters:
//   $from, $to  Date or 'YYYY-MM-DD'  the window, both days included
// One row per pair of participants of each call (a call of three gives three rows).
// Example (from: '2022-03-01', to: '2022-03-01'):
//   date        | one                  | other                | medium
//   2022-03-01  | Joe Biden            | Volodymyr Zelenskyy  | unspecified
//   2022-03-01  | Olaf Scholz          | Volodymyr Zelenskyy  | phone
//   2022-03-01  | UK Royal Family      | Volodymyr Zelenskyy  | phone
MATCH (a:Actor)-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(b:Actor)
WHERE c.date >= date($from) AND c.date <= date($to) AND a.id < b.id
RETURN c.date AS date, a.name AS one, b.name AS other, c.medium AS medium
ORDER BY date, one, other;
