"""Units of measure, read from quantulum3's unit data, with conversion factors and fixes.

quantulum3 ships names, surfaces, symbols and dimensions but no conversion factors, and its
loader takes about two seconds (inflect plurals, entity objects). This module reads its JSON
files directly (a few milliseconds), adds factors to SI base units for the units news uses,
and settles the ambiguities quantulum3 gets wrong ("minute" is time, not arc; "u" is not a unit).
Nothing here knows about facts or articles.
"""

from __future__ import annotations

import importlib.util
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: its canonical name (ISO code for money), kind, and how to reach the base unit."""

    name: str
    kind: str
    factor: float | None = None  # value * factor + offset = value in the kind's base unit
    offset: float = 0.0

    def to_base(self, value: float) -> float:
        assert self.factor is not None
        return value * self.factor + self.offset

    def from_base(self, value: float) -> float:
        assert self.factor is not None
        return (value - self.offset) / self.factor

    def convertible(self, other: Unit) -> bool:
        if self.kind != other.kind:
            return False
        if self.name == other.name:
            return True
        return self.factor is not None and other.factor is not None and self.kind != "money"


# quantulum3 entity -> factcheck kind
_KIND = {
    "length": "length", "time": "duration", "currency": "money", "mass": "mass",
    "temperature": "temperature", "volume": "volume", "area": "area", "speed": "speed",
    "data storage": "data", "energy": "energy", "power": "power", "pressure": "pressure",
    "force": "force", "angle": "angle", "frequency": "frequency",
}

# Factors to the SI base unit of each kind, for units quantulum3 lists without dimensions.
_BASE_FACTORS: dict[str, float] = {
    # length (metre)
    "metre": 1, "inch": 0.0254, "foot": 0.3048, "yard": 0.9144, "mile": 1609.344,
    "nautical mile": 1852, "league": 4828.032, "furlong": 201.168, "fathom": 1.8288,
    "light-year": 9.4607304725808e15, "astronomical unit": 1.495978707e11,
    "ångström": 1e-10, "hectometre": 100, "decametre": 10, "decimetre": 0.1,
    "centimetre": 0.01, "micrometre": 1e-6,
    # mass (kilogram)
    "gram": 1e-3, "kilogram": 1, "milligram": 1e-6, "microgram": 1e-9, "tonne": 1000,
    "ton": 907.18474, "short ton": 907.18474, "long ton": 1016.0469088,
    "pound-mass": 0.45359237, "ounce": 0.028349523125, "carat": 2e-4, "stone": 6.35029318,
    "quintal": 100,
    # time (second)
    "second": 1, "millisecond": 1e-3, "microsecond": 1e-6, "nanosecond": 1e-9, "minute": 60,
    "hour": 3600, "day": 86400, "week": 604800, "fortnight": 1209600, "month": 2629746,
    "year": 31556952, "decade": 315569520, "century": 3155695200, "millennium": 31556952000,
    "lustrum": 157784760,
    # volume (cubic metre)
    "gallon": 0.003785411784, "quart": 0.000946352946, "pint": 0.000473176473,
    "cup": 0.00024, "fluid ounce": 2.95735295625e-5, "barrel": 0.158987294928,
    "tablespoon": 1.478676478125e-5, "teaspoon": 4.92892159375e-6, "centilitre": 1e-5,
    "hectolitre": 0.1, "decilitre": 1e-4,
    # area (square metre)
    "acre": 4046.8564224,
    # speed (metre per second)
    "knot": 0.514444444, "speed of light": 299792458,
    # data (bit)
    "bit": 1, "byte": 8, "nibble": 4,
    # energy (joule), power (watt), pressure (pascal), force (newton)
    "joule": 1, "millijoule": 1e-3, "kilojoule": 1e3, "calorie": 4.184, "kilocalorie": 4184,
    "electronvolt": 1.602176634e-19, "british thermal unit": 1055.05585,
    "kiloton": 4.184e12, "megaton": 4.184e15, "gigaton": 4.184e18, "therm": 1.05505585e8,
    "watt": 1, "horsepower": 745.699872,
    "pascal": 1, "hectopascal": 100, "kilopascal": 1e3, "megapascal": 1e6, "bar": 1e5,
    "standard atmosphere": 101325, "torr": 133.322368, "millimeter of mercury": 133.322387,
    "newton": 1, "kilonewton": 1e3, "pound-force": 4.4482216152605,
    "kilogram-force": 9.80665,
    # angle (degree)
    "degree angle": 1, "radian": 180 / math.pi, "minute of arc": 1 / 60,
    "second of arc": 1 / 3600,
    # frequency
    "hertz": 1,
}

# Temperature: base is kelvin.
_TEMPERATURE = {
    "kelvin": (1.0, 0.0),
    "degree Celsius": (1.0, 273.15),
    "degree fahrenheit": (5 / 9, 273.15 - 32 * 5 / 9),
    "degree rankine": (5 / 9, 0.0),
}

_PREFIX_WORDS = {
    "yotta": 1e24, "zetta": 1e21, "exa": 1e18, "peta": 1e15, "tera": 1e12, "giga": 1e9,
    "mega": 1e6, "kilo": 1e3, "hecto": 1e2, "deca": 10, "deci": 0.1, "centi": 1e-2,
    "milli": 1e-3, "micro": 1e-6, "nano": 1e-9, "pico": 1e-12, "femto": 1e-15,
    "atto": 1e-18, "zepto": 1e-21, "yocto": 1e-24, "kibi": 1024.0, "mebi": 1024.0**2,
    "mibi": 1024.0**2, "gibi": 1024.0**3, "tebi": 1024.0**4, "pebi": 1024.0**5,
    "exbi": 1024.0**6, "zebi": 1024.0**7, "yobi": 1024.0**8,
}
_PREFIX_SYMBOLS = {
    "Y": "yotta", "Z": "zetta", "E": "exa", "P": "peta", "T": "tera", "G": "giga", "M": "mega",
    "k": "kilo", "h": "hecto", "da": "deca", "d": "deci", "c": "centi", "m": "milli",
    "µ": "micro", "n": "nano", "p": "pico", "f": "femto", "a": "atto", "z": "zepto",
    "y": "yocto", "Ki": "kibi", "Mi": "mebi", "Gi": "gibi", "Ti": "tebi", "Pi": "pebi",
    "Ei": "exbi", "Zi": "zebi", "Yi": "yobi",
}

# Surfaces quantulum3 gives to several units: which one a news reader means.
_PREFERRED = {
    "minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
    "pound": "pound-mass", "pounds": "pound-mass", "degree": "degree",
    "degrees": "degree", "ton": "ton", "tons": "ton", "quarter": None, "quarters": None,
    "mil": None, "mils": None, "set": None, "sets": None, "count": None, "counts": None,
    "turn": None, "turns": None, "pair": None, "pairs": None, "span": None, "spans": None,
    "drop": None, "drops": None, "cup": None, "cups": None, "gal": None, "gals": None,
    "mill": None, "mills": None, "rad": None, "rads": None, "shake": None, "shakes": None,
    "henry": None, "henries": None, "henrys": None, "gray": None, "grays": None,
    "quad": None, "quads": None, "real": None, "reals": None, "won": None, "dime": None,
    "dimes": None, "peck": None, "pecks": None, "stokes": None, "rand": None, "rands": None,
    "long measure": None, "long hundred": None, "bushel": None, "bushels": None,
    "rhe": None, "tex": None, "darcy": None, "langley": None, "maxwell": None, "weber": None,
    "denier": None, "deniers": None, "board-foot": None, "barn": None, "barns": None,
    "bit": None, "bits": None, "dozen": None, "dozens": None, "faraday": None, "ell": None,
    "ells": None, "cubit": None, "cubits": None, "twip": None, "twips": None,
    "base pair": None, "base pairs": None, "nucleotide": None, "nucleotides": None,
    "candela": None, "lux": None, "erg": None, "ergs": None, "lumen": None, "lumens": None,
}

# Symbols that may stand apart from the number ("200 km"); any other symbol must touch it
# ("10km"), so that "U.S.", "in", "a" or "Da" after a number are never read as units.
SPACED_SYMBOLS = frozenset({
    "km", "kms", "mi", "cm", "mm", "nm", "ft", "yd", "kg", "kgs", "mg", "lb", "lbs", "oz",
    "ml", "mL", "cl", "dl", "km²", "m²", "km2", "m2", "sq km", "sq mi", "sq ft", "sq m",
    "mph", "kph", "km/h", "kmh", "m/s", "MPH", "ha", "kWh", "MWh", "GWh", "TWh", "kW", "MW",
    "GW", "TW", "hp", "psi", "KB", "MB", "GB", "TB", "PB", "kB", "Mbps", "Gbps", "kbps",
    "°C", "°F", "°", "hrs", "hr", "mins", "min", "secs", "sec", "ms", "µs", "ns", "Hz",
    "kHz", "MHz", "GHz", "kcal", "cal", "kJ", "MJ", "GJ", "ltr", "bbl", "mpg", "kt", "Mt",
    "Gt", "km3", "km³", "m3", "m³", "cm2", "cm²", "cm3", "cm³", "mi2", "mi²", "ft2", "ft²",
    "µg", "μg", "µm", "μm", "rad", "dm", "L", "tbsp", "tsp", "m", "km/hr", "Wh", "eV", "keV", "MeV", "GeV", "km^2", "m^2",
    "m^3",
})

# Symbols quantulum3 lists that are ordinary words or letters in news text: never units.
_BAD_SYMBOLS = frozenset({
    "u", "U", "a", "y", "d", "in", "at", "h", "s", "t", "yr", "'", "′", "\"", "″", "Da",
    "ba", "P", "C", "F", "K", "mil", "b", "B", "rad", "R", "G", "T", "V", "W", "A", "N",
    "J", "S", "H", "Bq", "Ci", "Gy", "Sv", "D", "e", "M", "pt", "Pa",
    "Mi", "Ki", "Gi", "st", "nd", "rd", "th", "am", "pm", "ka", "ky", "Ma", "My", "Ga", "Ta",
    "Ty", "Py", "Ea", "Ey", "c", "q", "p", "nt", "cd", "hs", "ua", "UA", "au", "AU", "Fr",
    "FS", "ac", "sb", "St", "Eh", "Ha", "ab", "zb", "yb", "fb", "pb", "nb", "µb", "Ba", "TR",
    "ct", "qr", "bu", "pk", "gm", "Em", "Pm", "Tm", "Gm", "Mm", "Dm", "fm", "zm", "ym", "hm",
    "aW", "fW", "pW", "aA", "fA", "EA", "PA", "TA", "GA", "MA", "TV", "GV", "kp", "tf", "gf",
    "ly", "Nm", "nm", "Ws", "VA", "sr", "dB", "lm", "lx", "hl", "hL", "kL", "kn",
})


def _q3_dir() -> Path:
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("quantulum3 is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def plural(surface: str) -> list[str]:
    words = surface.split(" ")
    idx = 0 if (" per " in surface or " of " in surface or words[0] in ("degree", "pound")) \
        else len(words) - 1
    w = words[idx]
    irregular = {"foot": "feet", "inch": "inches", "century": "centuries", "fez": "fezzes",
                 "stokes": "stokes", "hertz": "hertz", "lux": "lux", "siemens": "siemens",
                 "yen": "yen", "yuan": "yuan", "rand": "rand", "won": "won", "pence": "pence",
                 "penny": "pennies", "millennium": "millennia", "calorie": "calories"}
    if w in irregular:
        p = irregular[w]
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        p = w + "es"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        p = w[:-1] + "ies"
    else:
        p = w + "s"
    return [" ".join(words[:idx] + [p] + words[idx + 1:])]


class UnitTable:
    """Lookup of unit names, surfaces (lower case, plurals included) and symbols."""

    def __init__(self) -> None:
        base = _q3_dir()
        raw: dict[str, dict[str, Any]] = {}
        for path in (base / "units.json", base / "_lang" / "en_US" / "units.json"):
            with path.open(encoding="utf-8") as fh:
                for name, data in json.load(fh).items():
                    raw.setdefault(name, {}).update(data)
        expanded: dict[str, dict[str, Any]] = {}
        for name, data in raw.items():
            expanded.setdefault(name, {}).update(data)
            for prefix in data.get("prefixes", []):
                word = _PREFIX_SYMBOLS[prefix]
                expanded.setdefault(word + name, {}).update({
                    "surfaces": [word + s for s in data.get("surfaces", [])],
                    "entity": data.get("entity"),
                    "dimensions": [],
                    "symbols": [prefix + s for s in data.get("symbols", [])],
                    "_prefix": (word, name),
                })
        self._raw = expanded
        self.by_name: dict[str, Unit] = {}
        self.surfaces: dict[str, Unit] = {}
        self.symbols: dict[str, Unit] = {}
        surface_owners: dict[str, list[str]] = {}
        for name, data in expanded.items():
            unit = self._make(name, data)
            if unit is None:
                continue
            self.by_name[name] = unit
            for s in data.get("surfaces", []):
                for form in [s.lower(), *plural(s.lower())]:
                    surface_owners.setdefault(form, []).append(name)
            for sym in data.get("symbols", []):
                if sym not in _BAD_SYMBOLS:
                    self.symbols.setdefault(sym, unit)
        for form, owners in surface_owners.items():
            if form in _PREFERRED:
                pick = _PREFERRED[form]
                if pick is None:
                    continue
                if pick == "degree":
                    self.surfaces[form] = Unit("degree", "temperature")
                    continue
                self.surfaces[form] = self.by_name[pick]
            else:
                self.surfaces[form] = self.by_name[owners[0]]
        self._extras()

    def _make(self, name: str, data: dict[str, Any]) -> Unit | None:
        entity = data.get("entity")
        if entity is None:
            return None
        if entity == "currency":
            code = data.get("currency_code")
            if name == "cent":
                return Unit("USD", "money", 0.01)
            if name == "penny":
                return Unit("GBP", "money", 0.01)
            if not code:
                return None
            return Unit(code, "money", 1.0)
        if entity == "dimensionless":
            if name == "percentage":
                return Unit("percent", "percent", 1.0)
            return None
        kind = _KIND.get(entity, entity)
        if name in _TEMPERATURE:
            f, o = _TEMPERATURE[name]
            return Unit(name, "temperature", f, o)
        return Unit(name, kind, self._factor(name, set()))

    def _factor(self, name: str, seen: set[str]) -> float | None:
        if name in _BASE_FACTORS:
            return float(_BASE_FACTORS[name])
        if name in seen:
            return None
        seen = seen | {name}
        data = self._raw.get(name)
        if data is None:
            return None
        if "_prefix" in data:
            word, base = data["_prefix"]
            f = self._factor(base, seen)
            return None if f is None else f * _PREFIX_WORDS[word]
        dims = data.get("dimensions") or []
        if dims:
            total = 1.0
            for d in dims:
                f = self._factor(d["base"], seen)
                if f is None:
                    return None
                total *= f ** d["power"]
            return total
        for word, mult in _PREFIX_WORDS.items():
            if name.startswith(word) and name[len(word):] in self._raw:
                f = self._factor(name[len(word):], seen)
                return None if f is None else f * mult
        return None

    def _extras(self) -> None:
        """Forms news uses that quantulum3 lacks or reads wrongly."""
        s, n = self.surfaces, self.by_name
        for form in ("kilometre", "kilometer", "kilometres", "kilometers", "klicks"):
            s[form] = n["kilometre"]
        for form in ("metre", "meter", "metres", "meters"):
            s[form] = n["metre"]
        s["nautical mile"] = s["nautical miles"] = Unit("nautical mile", "length", 1852.0)
        s["stone"] = s["stones"] = Unit("stone", "mass", _BASE_FACTORS["stone"])
        for form in ("mins", "min"):
            self.symbols[form] = n["minute"]
        for form in ("hrs", "hr"):
            self.symbols[form] = n["hour"]
        for form in ("secs", "sec"):
            self.symbols[form] = n["second"]
        s["yr"] = s["yrs"] = n["year"]
        for kind in ("working", "business", "trading", "school", "calendar", "sick"):
            s[f"{kind} day"] = s[f"{kind} days"] = n["day"]  # "410,000 working days lost"
        self.symbols["°C"] = n["degree Celsius"]
        self.symbols["°F"] = n["degree fahrenheit"]
        self.symbols["°"] = Unit("degree", "temperature")
        for form in ("celsius", "centigrade", "celcius", "degrees celsius", "degrees celcius",
                     "degree celsius", "degrees centigrade", "degrees c", "deg c", "deg celsius"):
            s[form] = n["degree Celsius"]
        for form in ("fahrenheit", "farenheit", "degrees fahrenheit", "degrees farenheit",
                     "degree fahrenheit", "degrees f", "deg f", "deg fahrenheit"):
            s[form] = n["degree fahrenheit"]
        s["kelvin"] = s["kelvins"] = n["kelvin"]
        s["miles an hour"] = s["miles a hour"] = s["mile an hour"] = n["mile per hour"]
        s["kilometres an hour"] = s["kilometers an hour"] = n["kilometre per hour"]
        s["kilometers per hour"] = s["kilometres per hour"] = n["kilometre per hour"]
        s["km/h"] = s["kmph"] = s["kmh"] = s["km/hr"] = n["kilometre per hour"]
        self.symbols["km/hr"] = n["kilometre per hour"]
        s["sq km"] = s["square km"] = n["square kilometre"]
        s["sq miles"] = s["sq mi"] = n["square mile"]
        s["hectare"] = s["hectares"] = n["hectare"]
        s["tonnes"] = s["tonne"] = s["metric tons"] = s["metric ton"] = n["tonne"]
        s["pounds sterling"] = s["pound sterling"] = Unit("GBP", "money", 1.0)
        s["barrels"] = s["barrel"] = n["barrel"]
        s["litres"] = s["liters"] = s["litre"] = s["liter"] = n["litre"]
        s["percent"] = s["per cent"] = s["pct"] = s["percentage points"] = \
            s["percentage point"] = Unit("percent", "percent", 1.0)
        s["ms"] = n["millisecond"]
        self.symbols["bbl"] = n["barrel"]
        self.symbols["kt"] = n["kiloton"]
        self.symbols["Mt"] = n["megaton"]
        self.symbols["mpg"] = Unit("mile per gallon", "fuel economy")
        # areas and volumes written with a power: "190 km2", "24703m²", "5 m3"
        sq = {"km": "square kilometre", "m": "square metre", "mi": "square mile",
              "ft": "square foot"}
        cube = {"m": "cubic metre", "cm": "cubic centimetre"}
        for base, name in sq.items():
            if name in n:
                for p in ("2", "²"):
                    self.symbols[base + p] = n[name]
        if "square centimetre" not in n:
            n["square centimetre"] = Unit("square centimetre", "area", 1e-4)
        for p in ("2", "²"):
            self.symbols["cm" + p] = n["square centimetre"]
        for base, name in cube.items():
            for p in ("3", "³"):
                self.symbols[base + p] = n[name]
        kwh_factor = n["kilowatt hour"].factor or 3.6e6
        for sym, f in (("Wh", 1e-3), ("kWh", 1.0), ("MWh", 1e3), ("GWh", 1e6), ("TWh", 1e9)):
            self.symbols.setdefault(sym, Unit(f"{sym[:-2]}watt hour".replace("kwatt", "kilowatt")
                                              .replace("Mwatt", "megawatt")
                                              .replace("Gwatt", "gigawatt")
                                              .replace("Twatt", "terawatt"),
                                              "energy", kwh_factor * f))
        for base in ("km", "m", "cm", "mi", "ft"):
            if base + "2" in self.symbols:
                self.symbols[base + "^2"] = self.symbols[base + "2"]
        for base in ("m", "cm"):
            self.symbols[base + "^3"] = self.symbols[base + "3"]
        self.symbols["rad"] = n["radian"]
        self.symbols["t"] = n["tonne"]  # attached only: "100t"
        # Greek mu for the micro sign: "120 μg"
        for sym, u in list(self.symbols.items()):
            if "µ" in sym:
                self.symbols.setdefault(sym.replace("µ", "μ"), u)


@lru_cache(maxsize=1)
def table() -> UnitTable:
    return UnitTable()


# Currencies: symbols and words before or after a number.
CURRENCY_PREFIX = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "US $": "USD", "€": "EUR",
    "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "C$": "CAD",
    "CA$": "CAD", "CAD": "CAD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "NZ$": "NZD",
    "NZD": "NZD", "HK$": "HKD", "HKD": "HKD", "S$": "SGD", "SGD": "SGD", "NT$": "TWD",
    "R$": "BRL", "BRL": "BRL", "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR",
    "CHF": "CHF", "SFr": "CHF", "₽": "RUB", "RUB": "RUB", "₩": "KRW", "KRW": "KRW",
    "CNY": "CNY", "RMB": "CNY", "rmb": "CNY", "Rmb": "CNY", "MXN": "MXN", "ZAR": "ZAR",
    "₺": "TRY", "TRY": "TRY", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN",
    "¢": "USD_CENT", "₿": "BTC", "₦": "NGN", "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "元": "CNY", "CAD$": "CAD", "AUD$": "AUD",
    "NZD$": "NZD", "HKD$": "HKD", "SGD$": "SGD", "MEX$": "MXN", "MX$": "MXN", "MXN$": "MXN",
}

CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "american dollars": "USD", "usd": "USD", "bucks": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "pound sterling": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "rupee": "INR",
    "rupees": "INR", "inr": "INR", "swiss franc": "CHF", "swiss francs": "CHF",
    "francs": "CHF", "franc": "CHF", "chf": "CHF", "ruble": "RUB", "rubles": "RUB",
    "roubles": "RUB", "rouble": "RUB", "canadian dollar": "CAD", "canadian dollars": "CAD",
    "australian dollar": "AUD", "australian dollars": "AUD", "new zealand dollars": "NZD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "peso": "MXN", "pesos": "MXN",
    "mexican pesos": "MXN", "real": "BRL", "reais": "BRL", "rand": "ZAR", "won": "KRW",
    "lira": "TRY", "liras": "TRY", "lire": "ITL", "dinar": "IQD", "dinars": "IQD",
    "iraqi dinars": "IQD", "riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR",
    "shekel": "ILS", "shekels": "ILS", "naira": "NGN", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK", "zloty": "PLN", "zlotys": "PLN", "baht": "THB",
    "dirham": "AED", "dirhams": "AED", "finnish markka": "FIM", "markka": "FIM",
    "markkaa": "FIM", "marks": "DEM", "deutsche marks": "DEM", "cents": "USD_CENT",
    "cent": "USD_CENT", "pence": "GBP_PENNY", "penny": "GBP_PENNY", "pennies": "USD_CENT",
    "pounds": "GBP", "pound": "GBP", "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC",
    "satoshi": "BTC_SATOSHI", "satoshis": "BTC_SATOSHI", "turkish lira": "TRY",
    "turkish liras": "TRY",
}
# subunits: code -> (the currency, how many make one)
SUBUNITS = {"USD_CENT": ("USD", 100.0), "GBP_PENNY": ("GBP", 100.0),
            "BTC_SATOSHI": ("BTC", 1e8)}


def lookup(name: str, kind: str) -> Unit | None:
    """The unit of a Quantity's (unit, kind); None for counts and years."""
    if kind == "money":
        return Unit(name, "money", 1.0)
    if kind == "percent":
        return Unit("percent", "percent", 1.0)
    t = table()
    u = t.by_name.get(name)
    if u is not None:
        return u
    if name == "degree":
        return Unit("degree", "temperature")
    for s in (t.surfaces, t.symbols):
        if name in s:
            return s[name]
    return None


# Units a news story writes every day. A word one slip away from one of their names
# ('tonnnes', 'kilomtres', 'minuts') is taken for a typo of it; obscure units (pints, nits,
# dots) are left out so that count nouns near them ('points', 'units', 'doses') stay nouns.
EVERYDAY_UNITS = frozenset("""
metre kilometre centimetre millimetre mile foot inch yard gram kilogram tonne ton ounce
litre gallon barrel second minute hour day week month year decade century hectare
acre watt kilowatt megawatt gigawatt joule calorie byte kilobyte megabyte gigabyte terabyte
""".split()) | {"square kilometre", "square mile", "square metre", "kilowatt hour",
               "kilometre per hour", "mile per hour", "degree Celsius", "degree fahrenheit",
               "cubic metre"}


@lru_cache(maxsize=1)
def _everyday_forms() -> tuple[frozenset[str], tuple[str, ...]]:
    """(every known unit and currency word, the written forms of the everyday units)."""
    t = table()
    known = frozenset([*t.surfaces, *(s.lower() for s in t.symbols), *CURRENCY_WORDS,
                       *(c.lower() for c in CURRENCY_PREFIX)])
    forms = sorted({s for s, u in t.surfaces.items() if u.name in EVERYDAY_UNITS and len(s) > 3}
                   | {w for w in CURRENCY_WORDS if len(w) > 3 and " " not in w}
                   | {"percent"})
    return known, tuple(forms)


def near_unit(word: str) -> str:
    """The everyday unit (or currency word) `word` is a misspelling of, or "" when it is a
    known unit itself or near none."""
    import difflib

    low = " ".join(word.lower().split())
    known, forms = _everyday_forms()
    if len(low) < 4 or low in known:
        return ""
    close = difflib.get_close_matches(low, forms, n=1, cutoff=0.85)
    return close[0] if close else ""
