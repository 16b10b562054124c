/** Episode titles of the demo shows, by season, in TheTVDB's aired order. */
export const BREAKING_BAD: Array<[string, string[]]> = [
  ['2008-01-20', ['Pilot', "Cat's in the Bag...", "...And the Bag's in the River", 'Cancer Man', 'Gray Matter', "Crazy Handful of Nothin'", 'A No-Rough-Stuff-Type Deal']],
  ['2009-03-08', ['Seven Thirty-Seven', 'Grilled', 'Bit by a Dead Bee', 'Down', 'Breakage', 'Peekaboo', 'Negro y Azul', 'Better Call Saul', '4 Days Out', 'Over', 'Mandala', 'Phoenix', 'ABQ']],
  ['2010-03-21', ['No Más', 'Caballo sin Nombre', 'I.F.T.', 'Green Light', 'Más', 'Sunset', 'One Minute', 'I See You', 'Kafkaesque', 'Fly', 'Abiquiu', 'Half Measures', 'Full Measure']],
  ['2011-07-17', ['Box Cutter', 'Thirty-Eight Snub', 'Open House', 'Bullet Points', 'Shotgun', 'Cornered', 'Problem Dog', 'Hermanos', 'Bug', 'Salud', 'Crawl Space', 'End Times', 'Face Off']],
  ['2012-07-15', ['Live Free or Die', 'Madrigal', 'Hazard Pay', 'Fifty-One', 'Dead Freight', 'Buyout', 'Say My Name', 'Gliding Over All', 'Blood Money', 'Buried', 'Confessions', 'Rabid Dog', "To'hajiilee", 'Ozymandias', 'Granite State', 'Felina']],
];

export const THE_OFFICE: Array<[string, string[]]> = [
  ['2005-03-24', ['Pilot', 'Diversity Day', 'Health Care', 'The Alliance', 'Basketball', 'Hot Girl']],
  ['2005-09-20', ['The Dundies', 'Sexual Harassment', 'Office Olympics', 'The Fire', 'Halloween', 'The Fight', 'The Client', 'Performance Review', 'E-Mail Surveillance', 'Christmas Party', 'Booze Cruise', 'The Injury', 'The Secret', 'The Carpet', 'Boys and Girls', "Valentine's Day", "Dwight's Speech", 'Take Your Daughter to Work Day', "Michael's Birthday", 'Drug Testing', 'Conflict Resolution', 'Casino Night']],
  ['2006-09-21', ['Gay Witch Hunt', 'The Convention', 'The Coup', 'Grief Counseling', 'Initiation', 'Diwali', 'Branch Closing', 'The Merger', 'The Convict', 'A Benihana Christmas (1)', 'A Benihana Christmas (2)', 'Back from Vacation', 'Traveling Salesmen', 'The Return', 'Ben Franklin', "Phyllis' Wedding", 'Business School', 'Cocktails', 'The Negotiation', 'Safety Training', 'Product Recall', "Women's Appreciation", 'Beach Games', 'The Job (1)', 'The Job (2)']],
];

export const SHERLOCK: Array<[string, string[]]> = [
  ['2010-07-25', ['A Study in Pink', 'The Blind Banker', 'The Great Game']],
  ['2012-01-01', ['A Scandal in Belgravia', 'The Hounds of Baskerville', 'The Reichenbach Fall']],
  ['2014-01-01', ['The Empty Hearse', 'The Sign of Three', 'His Last Vow']],
  ['2017-01-01', ['The Six Thatchers', 'The Lying Detective', 'The Final Problem']],
];

/** Sherlock's specials (season 0). */
export const SHERLOCK_SPECIALS: Array<[string, string]> = [
  ['2010-08-30', 'Unaired Pilot'],
  ['2013-12-24', 'Many Happy Returns'],
  ['2016-01-01', 'The Abominable Bride'],
];

/** Firefly as broadcast (TheTVDB default order): `[title, aired]`. */
export const FIREFLY_AIRED: Array<[string, string]> = [
  ['The Train Job', '2002-09-20'],
  ['Bushwhacked', '2002-09-27'],
  ['Our Mrs. Reynolds', '2002-10-04'],
  ['Jaynestown', '2002-10-18'],
  ['Out of Gas', '2002-10-25'],
  ['Shindig', '2002-11-01'],
  ['Safe', '2002-11-08'],
  ['Ariel', '2002-11-15'],
  ['War Stories', '2002-12-06'],
  ['Objects in Space', '2002-12-13'],
  ['Serenity', '2002-12-20'],
  ['Heart of Gold', '2003-08-04'],
  ['Trash', '2003-07-21'],
  ['The Message', '2003-07-28'],
];

/** Firefly in DVD order (TheTVDB `dvd` season type): titles. */
export const FIREFLY_DVD: string[] = [
  'Serenity', 'The Train Job', 'Bushwhacked', 'Shindig', 'Safe', 'Our Mrs. Reynolds', 'Jaynestown', 'Out of Gas',
  'Ariel', 'War Stories', 'Trash', 'The Message', 'Heart of Gold', 'Objects in Space',
];

export const CHERNOBYL: Array<[string, string[]]> = [
  ['2019-05-06', ['1:23:45', 'Please Remain Calm', 'Open Wide, O Earth', 'The Happiness of All Mankind', 'Vichnaya Pamyat']],
];
