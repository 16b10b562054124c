/** The small world's reference episodes, written out by hand. */
/** id, season, episode, title, air date (null = unaired). */
export type Row = [id: number, season: number, episode: number, name: string, aired: string | null];

/** Breaking Bad, aired order (truncated to two seasons). Episode ids double as TVDB and TMDB ids + offset. */
export const BREAKING_BAD: Row[] = [
  [349001, 0, 1, 'Good Cop Bad Cop', '2009-02-17'],
  [349002, 0, 2, 'El Camino: A Breaking Bad Movie', '2019-10-11'],
  [349232, 1, 1, 'Pilot', '2008-01-20'],
  [349233, 1, 2, "Cat's in the Bag...", '2008-01-27'],
  [349234, 1, 3, "...And the Bag's in the River", '2008-02-10'],
  [349235, 1, 4, 'Cancer Man', '2008-02-17'],
  [349236, 1, 5, 'Gray Matter', '2008-02-24'],
  [349237, 1, 6, "Crazy Handful of Nothin'", '2008-03-02'],
  [349238, 1, 7, 'A No-Rough-Stuff-Type Deal', '2008-03-09'],
  [438906, 2, 1, 'Seven Thirty-Seven', '2009-03-08'],
  [438907, 2, 2, 'Grilled', '2009-03-15'],
  [438908, 2, 3, 'Bit by a Dead Bee', '2009-03-22'],
  [438909, 2, 4, 'Down', '2009-03-29'],
];

/** Firefly in aired order; the DVD order below numbers the same episodes differently. */
export const FIREFLY_AIRED: Row[] = [
  [297000, 0, 1, "Here's How It Was: The Making of Firefly", '2003-12-09'],
  [297989, 1, 1, 'The Train Job', '2002-09-20'],
  [297990, 1, 2, 'Bushwhacked', '2002-09-27'],
  [297991, 1, 3, 'Our Mrs. Reynolds', '2002-10-04'],
  [297992, 1, 4, 'Jaynestown', '2002-10-18'],
  [297993, 1, 5, 'Out of Gas', '2002-10-25'],
  [297994, 1, 6, 'Shindig', '2002-11-01'],
  [297995, 1, 7, 'Safe', '2002-11-08'],
  [297996, 1, 8, 'Ariel', '2002-11-15'],
  [297997, 1, 9, 'War Stories', '2002-12-06'],
  [297998, 1, 10, 'Objects in Space', '2002-12-13'],
  [297999, 1, 11, 'Serenity', '2002-12-20'],
  [298000, 1, 12, 'Heart of Gold', '2003-06-23'],
  [298001, 1, 13, 'Trash', '2003-07-21'],
  [298002, 1, 14, 'The Message', '2003-07-28'],
];
const FIREFLY_DVD_IDS = [
  297999, 297989, 297990, 297994, 297995, 297991, 297992, 297993, 297996, 297997, 298001, 298002, 298000,
  297998,
];
/** Firefly in DVD order: the pilot first, "Heart of Gold" 13th. */
export const FIREFLY_DVD: Row[] = [
  FIREFLY_AIRED[0]!,
  ...FIREFLY_DVD_IDS.map((id, i): Row => {
    const row = FIREFLY_AIRED.find((r) => r[0] === id)!;
    return [id, 1, i + 1, row[3], row[4]];
  }),
];

/** Abbott Elementary as TMDB numbers it; `today` is the recent episode's air date. */
export const abbottTmdb = (today: string): Row[] => [
  [3401, 0, 1, 'Holiday Special', '2023-12-06'],
  [3411, 1, 1, 'Pilot', '2021-12-07'],
  [3412, 1, 2, 'Light Bulb', '2021-12-14'],
  [3413, 1, 3, 'Wishlist', '2021-12-21'],
  [3414, 1, 4, 'New Tech', '2022-01-04'],
  [3421, 2, 1, 'Development Day', '2022-09-21'],
  [3422, 2, 2, 'Story Samurai', '2022-09-28'],
  [3423, 2, 3, 'Gifted Program', '2022-10-05'],
  [3431, 3, 1, 'Career Day', '2024-02-07'],
  [3432, 3, 2, 'Mural', '2024-02-14'],
  [3441, 4, 1, 'Back to School', today],
  [3442, 4, 2, 'TBA', null],
  [3443, 4, 3, 'Field Trip', '2099-01-14'],
];
/** TVDB folds TMDB's season 2 into season 1, so comparing with TVDB would give different gaps. */
export const abbottTvdb = (today: string): Row[] =>
  abbottTmdb(today).map(([id, s, e, name, aired]): Row => {
    const [season, episode] = s === 2 ? [1, e + 4] : s > 2 ? [s - 1, e] : [s, e];
    return [id + 500_000, season, episode, name, aired];
  });
