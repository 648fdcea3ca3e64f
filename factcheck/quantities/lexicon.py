"""The word lists of the reader, kept together as data: number words, scales, fractions,
months, count nouns, the words around a rate, currency prefixes, the words of names."""

from __future__ import annotations

import re


ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "nought": 0, "naught": 0,
}

TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
    "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "quadrillion": 1e15, "quintillion": 1e18,
    "sextillion": 1e21, "septillion": 1e24, "octillion": 1e27,
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7,
    "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10,
    "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000, "millionth": 1e6, "millionths": 1e6, "billionth": 1e9,
    "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12,
}

# vague plurals: (base, low multiplier, high multiplier)
VAGUE = {
    "dozens": (12, 2, 12), "scores": (20, 2, 10), "hundreds": (100, 2, 10),
    "thousands": (1e3, 2, 10), "millions": (1e6, 2, 10), "billions": (1e9, 2, 10),
    "trillions": (1e12, 2, 10), "tens": (10, 2, 10),
}

ABBREV_SCALES = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9,
    "b": 1e9, "B": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12, "T": 1e12, "tln": 1e12,
    "MM": 1e6, "mil": 1e6, "thou": 1e3, "G": 1e9,
}

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

# count nouns after which a number between 1000 and 2100 is a count, not a year
_COUNT_NOUNS = frozenset("""
people persons men women children kids troops soldiers civilians residents workers votes
jobs homes houses cases deaths families refugees migrants students employees members
prisoners inmates fighters militants police officers protesters households patients
tourists visitors passengers units copies cars vehicles tanks acres hectares miles
kilometers kilometres feet metres meters tonnes tons barrels dollars euros pounds
""".split())

_WORDNUM = "|".join(sorted([*ONES, *TENS, *SCALES, "hundred", "dozen", "dozens", "half",
                            "quarter", "scores", "hundreds", "thousands", "millions",
                            "billions", "trillions", "tens", "minus", "negative", "several",
                            "few", "couple", *ORDINALS], key=len, reverse=True))

_NUMBER_WORDS = frozenset(w.lower() for w in _WORDNUM.split("|"))

VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
          "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}

_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 64, 100, 1000})

_MONTH_BEFORE = re.compile(MONTHS + r"\.?\s+(?:the\s+)?$", re.I)

_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTHS + r"\b", re.I)

# the last word of every phrase in _QUAL_BEFORE: a cheap test before the costly search
_QUAL_LAST = frozenset("""
than over least of above exceeding to beyond under most below as nearly almost quite
approaching about around some roughly approximately approx estimated circa ca approximate so
take equal exceed exceeds exceeded surpass surpasses surpassed top tops topped topping
pass passes passing
""".split())

# verbs of a level moving: after them "up to 5.1%" is "to 5.1%", not "at most 5.1%" ("edged up
# to 5.1%", "shot up to $40"); "go"/"goes" and travel verbs stay "at most" ("fines go up to
# $10,000", "drive up to 300 miles")
RISE_VERBS = frozenset("""
edge edged edges edging tick ticked ticks ticking creep crept creeps creeping inch inched
inching climb climbed climbs climbing shoot shot shoots shooting jump jumped jumps jumping
soar soared soars soaring surge surged surges surging rise rose risen rises rising spike
spiked spikes spiking rocket rocketed rockets rocketing moved bump bumped bumps bumping
ramped revise revised revises revising marked ratchet ratcheted ratchets ratcheting notch
notched notches notching picked nudge nudged nudges nudging went gone shifted crawled
""".split())

# the prefixes of other markets: "$US55.9 million", "$A82 million", "RM23.50", "R350"
MARKET_PREFIX = {"$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$C": "CAD",
                 "$CA": "CAD", "$HK": "HKD", "$S": "SGD", "RM": "MYR", "R": "ZAR"}

# the dollars a bare "$" may be: "$5 Australian dollars" is AUD
DOLLAR_CODES = frozenset({"USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD"})

# "kr 200", "200 kr": the krone or krona of the country the text names (Sweden's when none)
KRONE_PLACES = {
    **dict.fromkeys(["norway", "norwegian", "oslo", "bergen", "equinor"], "NOK"),
    **dict.fromkeys(["denmark", "danish", "copenhagen", "aarhus", "greenland", "faroe"], "DKK"),
    **dict.fromkeys(["iceland", "icelandic", "reykjavik"], "ISK"),
    **dict.fromkeys(["sweden", "swedish", "stockholm", "gothenburg", "malmo", "malmö"], "SEK"),
}
KRONE_DEFAULT = "SEK"

_HUNDREDTHS = frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "CNY"})

_AFTER_SLASH = {"s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute",
                "d": "day", "wk": "week", "mo": "month", "y": "year", "yr": "year"}

_PER_THING = frozenset("""
barrel barrels gallon gallons litre litres liter liters pound pounds kilo kilos kilogram
kilograms tonne tonnes ton tons ounce ounces head share shares person piece unit month
capita
""".split())

_PER_NOUN_SKIP = frozenset("""
a an the and or of to in on at for with by from as is are was were be been this that
these those it its their his her our your per each every more less than over under about
percent per cent within during inside after before into across through throughout since until
till while when where because then
""".split())

_SHORT_TIME_UNITS = {"s": "second", "sec": "second", "secs": "second", "m": "minute",
                     "min": "minute", "mins": "minute", "h": "hour", "hr": "hour", "hrs": "hour"}

_DOZEN = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})

# denominators of a fraction in words: "fifths", "a twenty-first", "hundredths" ("second" is
# time, "firsts" a rank unless compound: "three twenty-firsts")
DENOMS: dict[str, tuple[float, bool]] = {"half": (2, False), "halves": (2, True),
                                         "quarter": (4, False), "quarters": (4, True)}


for _w, _v in ORDINALS.items():
    if _w != "second":
        DENOMS[_w] = (_v, False)
        DENOMS[_w + "s"] = (_v, True)


_NUM_TOKENS = frozenset([*ONES, *TENS, *SCALES, "hundred", "and", "a", "an", *DENOMS])

# -- names: a number that is part of a name is no amount ------------------------------
# Word lists (data): what may stand around a number that names something.
# a word that heads a name with a number after it, in any case: "Game 6", "route 66"
NAME_HEADS = frozenset("""
game section row route interstate highway flight gate terminal platform article chapter
category episode season model plant reactor stage phase type grade class district precinct
ward zone pier room apartment building channel version series figure table level division
league formula apollo windows boeing airbus iphone ipad galaxy pixel number tier exit
lap junction junctions reference ref
""".split())

# a word that heads a name only when capitalised, at the start of a sentence too: "Year 6
# pupils", "Unit 3 has been let", "Radio 2 lost listeners" (not "this year 5 million ...")
CAPITAL_HEADS = frozenset("""
year unit radio block hangar bay berth hall lot studio court
""".split())

# after the number of a name, a singular noun it names: "the 42 bus", "a 999 call"
ROUTE_NOUNS = frozenset("bus tram".split())

# a product a duration names: "the 10-year Treasury yield", "a two-year fixed mortgage rate"
# (a bond's or a fixed rate's term, as the market names it; not "a 10-year plan")
TERM_PRODUCTS = frozenset("""
treasury treasuries gilt gilts bond bonds note notes yield yields bund bunds jgb jgbs
swap swaps fixed tracker t-bill t-bills
""".split())

# words after "a third", "a fifth" that keep it a fraction ("a fifth of", "a third more", "cut
# by a fifth in people"); any other word makes it a rank ("a seventh term", "for a fourth
# time", "a sixth consecutive meeting")
FRACTION_NEXT = frozenset("""
of more less fewer as than higher lower bigger smaller larger greater cheaper dearer faster
slower longer shorter heavier lighter richer poorer and or but in on at by for to from since
over under with within across among into off up down this that these those each per every
the a an its their his her our my your is are was were be been has have had will would
could should may might must do does did so if when while than then last next later earlier
ago overall now today yesterday tomorrow compared after before during until versus vs again
already still only just instead respectively
""".split())

# number words joined to a word that make an adjective, no amount: "a one-off payment"
NUMBER_ADJECTIVES = frozenset("""
one-off one-offs one-time one-way two-way three-way one-sided one-on-one one-to-one
one-liner one-liners one-stop one-trick one-horse two-horse two-tier two-faced
""".split())

# a capitalised product word right after the number: "737 Max", "iPhone 6 and 6 Plus"
NAME_AFTER = frozenset("Max MAX Plus Pro Mini XL Ultra Neo Lite SE".split())

# a street word after a house number and a street's name: "10 Downing Street"
STREET_WORDS = frozenset("""
Street St Road Rd Avenue Ave Lane Ln Boulevard Blvd Drive Way Place Square Sq Court Ct
Terrace Crescent Close Parkway Pkwy Highway Hwy Loop Plaza Circle Walk Row Gardens Mews
""".split())

# a capitalised word before a number that does not make it a name: function words,
# qualifiers, months, days, seasons, titles ("About 500", "In 2014", "June 10")
NOT_NAME_HEADS = frozenset("""
the a an in on at by for from of to with without about over under nearly almost some around
only just all another those these its their his her our my your since until till between
and or but nor yet so if when while after before during than like each every roughly
approximately exactly more less fewer least most few several many much both either neither
any other such total totalling totaling including up down per via plus minus within across
among into onto upon toward towards against through throughout beyond above below circa
ca approx est what which who whom whose where why how it he she we they i you this that
there here is are was were be been being has have had will would could should may might
must can did do does said says say then now still also even no not none aged age ages
magnitude force scale ph score won lost beat jan january feb february mar march apr april
jun june jul july aug august sep sept september oct october nov november dec december
monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
christmas easter fy cy ad bc mr mrs ms dr sir lord mt
""".split())

# "an M7.1 quake", "a Mw 6.4 tremor": a magnitude's letters, no name
MAGNITUDE_CODES = frozenset({"M", "Mw", "ML", "Ms", "Mb"})

_NOT_CODES = NOT_NAME_HEADS | {"mid", "pre", "post", "anti", "non", "sub", "ex"}

# -- units news uses that quantulum3's data lacks or reads otherwise ----------------------
# surface -> (unit name, kind, factor to the kind's base unit or None); matched right after
# the number, longest first, case as written ("60 basis points", "60bp", "101 m.p.h.")
NEWS_UNITS: dict[str, tuple[str, str, float | None]] = {
    **dict.fromkeys(["basis points", "basis point", "bp", "bps", "bpts"],
                    ("basis point", "basis point", None)),
    **dict.fromkeys(["m.p.h.", "m.p.h", "MPH"], ("mile per hour", "speed", 0.44704)),
    **dict.fromkeys(["k.p.h.", "kph", "KPH"], ("kilometre per hour", "speed", 1 / 3.6)),
    **dict.fromkeys(["ppb", "parts per billion", "part per billion"],
                    ("part per billion", "concentration", 1e-9)),
    **dict.fromkeys(["ppm", "parts per million", "part per million"],
                    ("part per million", "concentration", 1e-6)),
    **dict.fromkeys(["lb-ft", "lb.-ft.", "lb ft", "pound-feet", "pound-foot", "pound feet",
                     "ft-lb", "ft-lbs", "foot-pounds"], ("pound-foot", "torque", 1.3558179483)),
    **dict.fromkeys(["rushing yards", "passing yards", "receiving yards", "total yards",
                     "penalty yards"], ("yard", "length", 0.9144)),
    **dict.fromkeys(["bpd", "b/d"], ("barrel", "volume", 0.158987294928)),
    **dict.fromkeys(["fold"], ("fold", "multiple", 1.0)),
    **dict.fromkeys(["bit", "bits"], ("bit", "data", 1.0)),  # "a 64-bit chip"; digits only
    **dict.fromkeys(["cups", "cup"], ("cup", "volume", 2.365882365e-4)),
    **dict.fromkeys(["tablespoons", "tablespoon", "tbsp"], ("tablespoon", "volume", 1.47867648e-5)),
    **dict.fromkeys(["teaspoons", "teaspoon", "tsp"], ("teaspoon", "volume", 4.92892159e-6)),
    # "a 100 mb file"; in a weather story millibars (measures._PRESSURE_WORDS)
    "mb": ("megabyte", "data", 8e6),
}
# a small number glued to "M" that names a company, not a million ("3M said ...")
M_NAMES = frozenset({"3M"})
# lower-case words between a glued "m" and the plural it counts: "5m new users"
COUNT_ADJECTIVES = frozenset("""
new more active paying monthly daily weekly registered unique extra additional other fewer
young old poor rural urban
""".split())
# symbols read after a space too ("350 MPa", "12 ppb"), besides factcheck.units.SPACED_SYMBOLS
NEWS_SPACED = frozenset("""
MPa GPa kPa hPa mAh Ah GHz MHz kHz Hz kW MW GW kWh MWh GWh TWh mph ppb ppm
""".split())
# news units that are a rate: "120,000 bpd" is barrels per day
NEWS_PER = {"bpd": "day", "b/d": "day"}
# currencies named by a word of another market: "200 Danish crowns"
MARKET_WORDS = {
    "danish crowns": "DKK", "danish kroner": "DKK", "swedish crowns": "SEK",
    "norwegian crowns": "NOK", "norwegian kroner": "NOK", "czech crowns": "CZK",
    "koruna": "CZK", "ringgit": "MYR", "rupiah": "IDR", "guilders": "NLG", "guilder": "NLG",
    "dutch guilders": "NLG", "pesetas": "ESP", "peseta": "ESP", "escudos": "PTE",
    "drachmas": "GRD", "drachma": "GRD", "schillings": "ATS", "schilling": "ATS",
}
# multipliers in one word: "sixfold", "tenfold", "a hundredfold"
FOLD_WORDS = {w + "fold": v for w, v in [*ONES.items(), *TENS.items(), ("hundred", 100),
                                         ("thousand", 1000)] if v > 1}
# a fraction word joined to a noun names a thing, not a share: "a third-party vendor"
FRACTION_COMPOUNDS = frozenset("""
party parties brother brothers sister sisters sibling siblings final finals finalist
finalists back backs time term hearted baked truth truths mast life lives
""".split())
# a determiner before a bare "half" makes it a period or a part, not 0.5: "this half"
HALF_DETERMINERS = frozenset("""
this that the first second each either its their his her our latter former other final
opening next last every winter summer spring autumn fly scrum
""".split())
# results: the words around a score ("won 3-1", "a 2-0 win", "ruled 6-3", "odds of 12-1")
SCORE_VERBS = frozenset("""
won win wins winning lost lose loses losing beat beats beaten drew draw draws trailed trail
trails trailing led lead leads leading ruled rules voted vote votes defeated edged thrashed
crushed routed odds tied ties passed approved confirmed rejected acquitted convicted upheld
overturned struck finished ended cleared backed held split
""".split())
SCORE_NOUNS = frozenset("""
win wins victory victories defeat defeats loss losses lead draw tie margin vote votes
decision ruling scoreline thrashing drubbing rout triumph aggregate shot favourite favorite
outsider majority split verdict
""".split())
# words after "10m" that make it a length: "10m tall trees", "a 10m high wall"
MEASURE_WORDS = frozenset("""
tall high long wide deep thick away above below across apart along metres meters is was
are were has had its his her their the of from in on at to and or freestyle hurdles relay
relays butterfly backstroke breaststroke medley sprint sprints race races dash heats finals
""".split())
# multipliers that are adverbs: "about twice last year's figure"
MULTIPLIER_WORDS = {"twice": 2, "thrice": 3}
_NUMBER_WORDS = _NUMBER_WORDS | frozenset(FOLD_WORDS) | frozenset(MULTIPLIER_WORDS)
