/**
 * Places of war news that are not capitals, with the country they lie in, for the country of a
 * strike that names only its town or region ("an air strike killed 32 people in Gaza"). Places in
 * a country add no country to the article (GUIDE.md); they only locate an incident. Disputed places
 * whose country the news itself qualifies ("Indian-administered Kashmir") are left out.
 */
const PLACES: Record<string, string[]> = {
  PS: ['Gaza', 'Gaza Strip', 'Gaza City', 'West Bank', 'Rafah', 'Khan Younis', 'Khan Yunis', 'Jabalia', 'Deir al-Balah', 'Nuseirat', 'Beit Lahia', 'Beit Hanoun', 'Jenin', 'Nablus', 'Hebron', 'Tulkarem', 'Jabalya', 'Jabaliya', 'Jabalia camp', 'Beit Lahiya', 'Khan Younes', 'Shejaiya', 'Ramallah', 'Bethlehem', 'Qalqilya'],
  UA: ['Kharkiv', 'Odesa', 'Odessa', 'Dnipro', 'Zaporizhzhia', 'Lviv', 'Kherson', 'Mykolaiv', 'Sumy', 'Chernihiv', 'Poltava', 'Donetsk', 'Luhansk', 'Mariupol', 'Bakhmut', 'Kramatorsk', 'Sloviansk', 'Pokrovsk', 'Vinnytsia', 'Kryvyi Rih', 'Ternopil', 'Zhytomyr', 'Bucha', 'Irpin', 'Donbas', 'Izium', 'Uman', 'Kremenchuk', 'Nikopol', 'Kupiansk', 'Chasiv Yar', 'Avdiivka', 'Toretsk', 'Sievierodonetsk', 'Lysychansk', 'Melitopol', 'Berdiansk', 'Enerhodar', 'Bila Tserkva', 'Rivne', 'Lutsk', 'Ivano-Frankivsk', 'Khmelnytskyi', 'Cherkasy', 'Kropyvnytskyi', 'Chernivtsi', 'Uzhhorod', 'Brovary', 'Hostomel', 'Vuhledar', 'Kostiantynivka'],
  RU: ['Belgorod', 'Kursk', 'Bryansk', 'Rostov', 'Novorossiysk', 'Ryazan', 'Saratov', 'Engels', 'Tuapse', 'Krasnodar', 'Voronezh', 'Kazan', 'Tula', 'Oryol', 'Smolensk', 'Yeysk', 'Taganrog', 'Lipetsk', 'Kaluga'],
  SY: ['Aleppo', 'Idlib', 'Homs', 'Hama', 'Latakia', 'Deir ez-Zor', 'Raqqa', 'Douma', 'Tartus', 'Deraa', 'Daraa', 'Quneitra', 'Palmyra', 'Suwayda', 'Sweida'],
  LB: ['Tyre', 'Sidon', 'Nabatieh', 'Baalbek', 'Dahiyeh', 'Bekaa Valley', 'Bekaa', 'Marjayoun', 'Bint Jbeil', 'Khiam'],
  YE: ['Hodeidah', 'Aden', 'Marib', 'Saada', 'Taiz', 'Hudaydah', 'Ras Isa', 'Sanaa airport'],
  IQ: ['Mosul', 'Basra', 'Erbil', 'Kirkuk', 'Fallujah', 'Ramadi', 'Tikrit', 'Falluja', 'Najaf', 'Karbala', 'Baquba', 'Samarra', 'Qaim', 'Haditha', 'Tal Afar', 'Sadr City', 'Kut', 'Amara'],
  IR: ['Isfahan', 'Natanz', 'Fordow', 'Bandar Abbas', 'Kharg Island', 'Tabriz', 'Shiraz', 'Dezful', 'Ahvaz', 'Abadan', 'Khorramshahr', 'Bushehr', 'Kharg'],
  IL: ['Haifa', 'Tel Aviv', 'Eilat', 'Ashkelon', 'Sderot', 'Beersheba', 'Kiryat Shmona', 'Nahariya', 'Ashdod', 'Dimona', 'Metula', 'Safed', 'Kfar Aza', 'Netivot'],
  AF: ['Kandahar', 'Helmand', 'Jalalabad', 'Kunduz', 'Herat', 'Kunar', 'Khost', 'Paktia', 'Paktika', 'Nangarhar', 'Mazar-i-Sharif'],
  PK: ['Peshawar', 'Quetta', 'Lahore', 'Karachi', 'Bahawalpur', 'Muzaffarabad', 'Rawalpindi', 'Waziristan', 'North Waziristan', 'South Waziristan', 'Bajaur', 'Khyber', 'Balochistan', 'Khyber Pakhtunkhwa', 'Turbat'],
  SD: ['El Fasher', 'Darfur', 'Omdurman', 'Port Sudan', 'Kordofan', 'Khartoum North', 'Wad Madani', 'Nyala', 'El Obeid', 'Kassala', 'Geneina', 'El Geneina', 'Zamzam'],
  CD: ['Goma', 'Bukavu'],
  NG: ['Maiduguri', 'Borno'],
  SO: ['Kismayo', 'Baidoa'],
  LY: ['Benghazi', 'Misrata', 'Sirte'],
};

/**
 * Large cities that are no capital, where the attacks of the news happen (a bombing in Istanbul, a stabbing in
 * Manchester): the country they lie in, as for the places of war news.
 */
const CITIES: Record<string, string[]> = {
  TR: ['Istanbul', 'Izmir', 'Diyarbakir', 'Gaziantep', 'Suruc', 'Antalya'],
  GB: ['Manchester', 'Birmingham', 'Liverpool', 'Glasgow', 'Leeds', 'Lockerbie', 'Belfast'],
  FR: ['Nice', 'Marseille', 'Lyon', 'Toulouse', 'Strasbourg'],
  DE: ['Munich', 'Hamburg', 'Frankfurt', 'Cologne', 'Solingen', 'Magdeburg'],
  US: ['New York', 'Los Angeles', 'Chicago', 'Boston', 'Orlando', 'San Bernardino', 'Dallas', 'Houston', 'New Orleans'],
  IN: ['Mumbai', 'Kolkata', 'Chennai', 'Bangalore', 'Hyderabad', 'Punjab', 'Pahalgam', 'Srinagar'],
  PL: ['Gdańsk', 'Gdansk', 'Kraków', 'Krakow', 'Wrocław'],
  ES: ['Barcelona', 'Seville', 'Valencia'],
  RU: ['St Petersburg', 'Saint Petersburg', 'Beslan', 'Grozny'],
  NG: ['Lagos', 'Kano'],
  PH: ['Jolo', 'Marawi', 'Mindanao', 'Manila'],
  AU: ['Sydney', 'Melbourne'],
  CA: ['Toronto', 'Montreal'],
  SY: ['Zahraa'],
};

export const PLACE_RULE = {
  id: 'incident.place-country',
  example: 'An Israeli air strike killed at least 32 people in Gaza on Tuesday.',
  reason: 'A strike that names only its town or region happened in the country that place lies in.',
};

/** Place name → ISO code. */
export const PLACE_COUNTRY: ReadonlyMap<string, string> = new Map([...Object.entries(PLACES), ...Object.entries(CITIES)].flatMap(([code, names]) => names.map((n) => [n, code] as [string, string])));
