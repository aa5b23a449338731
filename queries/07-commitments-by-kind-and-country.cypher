// Question: What kinds of commitment has each country made, and how many?
// Parameters:
//   $from, $to  Date?  a window on the commitment's date (null: no bound; when either is
//                      given, undated commitments are left out)
// Example (from: null, to: null), first rows:
//   country        | kind                | commitments
//   United States  | sanctions           | 5
//   United States  | diplomatic_support  | 4
//   Thailand       | agreement           | 2
MATCH (m:Commitment)-[:BY]->(country:Country)
WHERE ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))
RETURN country.name AS country, m.kind AS kind, count(m) AS commitments
ORDER BY commitments DESC, country, kind;
