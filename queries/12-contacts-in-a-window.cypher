// Question: How many calls did an actor share with each counterpart within a window?
// Parameters:
//   $id      String  an actor id, e.g. 'volodymyr-zelenskyy'
//   $from    Date?   first day counted, a date or 'YYYY-MM-DD' (null: from the start)
//   $to      Date?   last day counted (null: to the end)
// Read from the contact aggregate's months: one CONTACTED_IN edge per pair and month with shared
// dated calls, `days` holding each call's day of the month, so a window that cuts a month is
// counted exactly. Undated calls are in no window. The API's `contactNetwork(from, to)` reads the
// same edges.
// Example (id: 'volodymyr-zelenskyy', from: '2022-02-01', to: '2022-03-01'):
//   counterpart      | calls | first       | last
//   Joe Biden        | 2     | 2022-02-24  | 2022-03-01
//   Olaf Scholz      | 1     | 2022-03-01  | 2022-03-01
//   UK Royal Family  | 1     | 2022-03-01  | 2022-03-01
MATCH (:Actor {id: $id})-[m:CONTACTED_IN]-(other:Actor)
WHERE ($from IS NULL OR m.month >= date.truncate('month', date($from))) AND ($to IS NULL OR m.month <= date($to))
UNWIND m.days AS d
WITH other, date({year: m.month.year, month: m.month.month, day: d}) AS day
WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
RETURN other.name AS counterpart, count(day) AS calls, min(day) AS first, max(day) AS last
ORDER BY calls DESC, last DESC, counterpart;
