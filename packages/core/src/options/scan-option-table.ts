/**
 * The scan options, each defined once (docs/options.md): its one camelCase name (the same in core, in a
 * request's JSON and in the CLI's options object), kind, default, bounds or choices, which scans read it, and
 * its user-facing spellings with their help texts — the command-line flag and the config.yaml key. The
 * config schema, the CLI's flags and help, the server's request validation and core's defaults all read
 * from here; nothing else writes a default, a bound or a choice.
 */

/** The two halves of a scan; `scan` runs both. */
export type ScanHalf = 'movies' | 'episodes';

/** What a command or request scans: one half, or both (`scan`). */
export type ScanScope = ScanHalf | 'scan';

/** Kinds of scan option values. */
export type ScanOptionKind = 'boolean' | 'whole' | 'hours' | 'choice' | 'titles';

/** The command-line spelling of an option: `--<name>`, with help worded for what each command lists. */
export interface ScanOptionFlag {
  /** Long name without dashes, e.g. `recent-hours`. */
  readonly name: string;
  /** Placeholder shown in help, e.g. `N`. */
  readonly value?: string;
  /**
   * Help of the flag; `(default: …)` is added for numbers. Per scope when the commands word it apart.
   * @default the option's `help`
   */
  readonly help?: string | Readonly<Record<ScanScope, string>>;
}

/** The config.yaml spelling of an option (docs/spec.md §6). */
export interface ScanOptionSetting {
  /** Dotted snake_case key, e.g. `options.min_owned`. */
  readonly key: string;
  /** The setting says the opposite of the option (`exclude_future: true` is `includeFuture: false`). */
  readonly negated?: boolean;
  /** The description `config --show` and `config init` give. @default the option's `help` */
  readonly help?: string;
}

/** One scan option. */
export interface ScanOptionDef {
  readonly kind: ScanOptionKind;
  /** The scan halves that read it. */
  readonly scans: readonly ScanHalf[];
  readonly default: boolean | number | string | readonly string[];
  /** Lowest allowed number (`whole`, `hours`). */
  readonly min?: number;
  /** Highest allowed number (`whole`, `hours`): no library needs more, and a request cannot ask for absurd work. */
  readonly max?: number;
  /** Allowed values of a `choice`. */
  readonly choices?: readonly string[];
  /** Most titles in a `titles` list, and longest title. */
  readonly maxItems?: number;
  readonly maxItemLength?: number;
  /** What the option does, in one line; the flag's and the setting's help unless they word it apart. */
  readonly help: string;
  /** Absent when the command line has no flag for it. */
  readonly flag?: ScanOptionFlag;
  readonly setting: ScanOptionSetting;
}

/** Every scan option, in the order `--help` lists their flags. */
export const SCAN_OPTIONS = {
  includeFuture: {
    kind: 'boolean',
    scans: ['movies', 'episodes'],
    default: false,
    help: 'Also report films and episodes without a date or dated after today',
    flag: {
      name: 'include-future',
      help: {
        movies: 'Also list films without a release date or released after today',
        episodes: 'Also list episodes without an air date or airing after today',
        scan: 'Also list films and episodes without a date or dated after today',
      },
    },
    setting: {
      key: 'options.exclude_future',
      negated: true,
      help: 'Leave out films and episodes not yet released',
    },
  },
  includeSpecials: {
    kind: 'boolean',
    scans: ['episodes'],
    default: false,
    help: 'Also compare season 0 (specials)',
    flag: { name: 'include-specials' },
    setting: { key: 'options.exclude_specials', negated: true, help: 'Leave out season 0 (specials)' },
  },
  minCollectionSize: {
    kind: 'whole',
    scans: ['movies'],
    default: 2,
    min: 1,
    max: 1000,
    help: 'Report only collections with at least this many films',
    flag: {
      name: 'min-collection-size',
      value: 'N',
      // Upcoming films count only when they are listed (docs/spec.md §2.6: "considered parts").
      help: 'Report only collections of at least N films, counting upcoming ones only with --include-future',
    },
    setting: { key: 'options.min_collection_size' },
  },
  minOwned: {
    kind: 'whole',
    scans: ['movies'],
    default: 1,
    min: 0,
    max: 1000,
    help: 'Report only collections of which you own at least this many films',
    flag: {
      name: 'min-owned',
      value: 'N',
      help: 'Report only collections of which you own at least N films',
    },
    setting: { key: 'options.min_owned' },
  },
  recentThresholdHours: {
    kind: 'hours',
    scans: ['episodes'],
    default: 24,
    min: 0,
    // A leap year of hours.
    max: 24 * 366,
    help: 'Leave out episodes aired less than this many hours ago',
    flag: {
      name: 'recent-hours',
      value: 'N',
      help: 'Leave out episodes that aired less than N hours ago',
    },
    setting: { key: 'options.recent_threshold_hours' },
  },
  excludeShows: {
    kind: 'titles',
    scans: ['episodes'],
    default: [],
    maxItems: 1000,
    maxItemLength: 500,
    help: 'Show titles never scanned (case-insensitive)',
    flag: {
      name: 'exclude-show',
      value: 'TITLE',
      help: 'Skip this show (repeatable, case-insensitive; adds to exclusions.shows)',
    },
    setting: { key: 'exclusions.shows' },
  },
  episodeSource: {
    kind: 'choice',
    scans: ['episodes'],
    default: 'auto',
    choices: ['auto', 'tvdb', 'tmdb'],
    help: "Episode list to compare with: auto (follow each show's Plex ordering), tvdb or tmdb",
    setting: { key: 'options.episode_source' },
  },
} as const satisfies Record<string, ScanOptionDef>;

/** The name of a scan option, e.g. `minCollectionSize`. */
export type ScanOptionName = keyof typeof SCAN_OPTIONS;

/** Scan option names, in table order. */
export const SCAN_OPTION_NAMES = Object.keys(SCAN_OPTIONS) as ScanOptionName[];

/** The definition of one option. */
export function scanOption(name: ScanOptionName): ScanOptionDef {
  return SCAN_OPTIONS[name];
}
