"""A sentence's numbers, each annotated once with its clause, its role and the year that
dates it, before any fact chooses among them (see `mentions.assign`).

Roles:

- ``current``: the figure the sentence reports (the default);
- ``earlier``: a figure since replaced or of an earlier period ("compared with $13.1 billion
  a year earlier", "up from 51", "to 44.2% from 35.1%", "(2021: 64.8%)", "officials earlier
  put the toll at 30", "held 51 seats in the last parliament");
- ``change``: a difference, not a level ("nearly 400,000 more than", "(+17)", "lost 13",
  "up one seat to 8");
- ``part``: a part of a whole named beside it ("won 68 of the 120 seats": 68);
- ``total``: that whole ("120" there, "the 120-seat assembly");
- ``subset``: a few out of a group the sentence names without a number ("treated 140 of the
  injured", "all but 2 of the districts");
- ``threshold``: a figure needed or required, not reached ("61 seats needed to govern");
- ``forecast``: a figure expected, forecast or hoped for ("expects sales of $15.2 billion",
  "the $16.1bn consensus");
- ``margin``: a lead over others ("a majority of 16", "a 12-seat majority");
- ``rate``: an amount for each one ("about $630 for each of the 1.9 million");
- ``interim``: a reading on the way, since replaced ("with 60% counted, 96 seats",
  "turnout at 2 p.m. stood at 41%", a live entry's "toll so far at 12");
- ``local``: a figure for one place, the sentence opening on it ("In Port Aubrey, ...");
- ``name``: part of a name ("Route 17", "Station 9", "No 10");
- ``age``: a person's age in apposition ("Vance, 29, opened the scoring");
- ``peak``: a high point, not the level ("peaked at 8.1 million");
- ``period``: a change over a shorter period than the fact's ("prices rose 0.2% on the
  month").

Word lists are data, kept here together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, overload

from .quantities import Quantity

ROLES = ("current", "earlier", "change", "part", "total", "subset", "threshold", "forecast",
         "margin", "rate", "local", "name", "interim", "age", "peak", "period")
# the roles a rule may ask for with `role:`
FACT_ROLES = ("current", "earlier", "change", "part", "total", "forecast")

# where a clause ends: a strong stop, or a comma before a word that opens another clause
_CLAUSE_BREAK = re.compile(
    r"\s*[;—–]\s*|\s+-\s+|\s*[()\[\]]\s*|:\s+(?=[A-Za-z\"“])|"
    r",\s*(?=(?:while|whereas|but|although|though|which|who|(?:of|for)\s+(?:which|whom)|when|where|compared|versus|"
    r"against|after|before|as|and|or|so|from|up\s+from|down\s+from|making|leaving|bringing|"
    r"taking|including|with|according|said|says|on)\b)|"
    r"\s+(?=(?:while|whereas|but|because|where)\s)|"
    r"\s+and\s+(?=(?:is|was|are|were|has|had|now|then|will|would|up\s+from|down\s+from)\b)|"
    r"\s+and\s+(?=(?:\w+|\d[\d,.]*\d)\s+(?:are|were|is|was|have|has)\s)|"
    r"\s+and\s+(?=(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+ed\b)|"
    r",\s*(?=\w+ing\b)|"
    r"\s+(?=(?:compared?|compares|comparing)\s+(?:with|to)\b)|"
    r",\s*(?=(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:them|whom|which|those|these)\b)|"
    r",\s*(?=(?:it|they|he|she|we|this|that)\s+(?:has|have|had|is|was|are|were|will|would|"
    r"\w+ed)\b)", re.I)

# words that place a figure in an earlier period when they stand in its clause
_EARLIER_TIME = re.compile(
    r"\b(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?|quarters?|weeks?|days?)\s+"
    r"(?:earlier|ago|before)\b|\byear[- ]ago\b|\b(?:the\s+)?(?:previous|prior|preceding)\s+"
    r"(?:year|quarter|month|election|vote|parliament|poll|season|period|record|high|low|"
    r"estimate|figure|toll|count)\b|\blast\s+(?:election|parliament|poll|vote|time|season)\b|"
    r"\bthe\s+(?:year|quarter|month)\s+before\b|\bsame\s+(?:period|quarter|month)\s+"
    r"(?:a\s+year\s+(?:earlier|ago)|last\s+year)\b|\bin\s+the\s+year[- ]earlier\b|"
    r"\bat\s+the\s+time\b|\bthen\s+(?:held|had|stood|was)\b|\bwhich\s+then\s+\w+|"
    r"\b(?:back\s+)?then\s*(?=[.;!?]|$)|\bat\s+that\s+time\b|"
    r"\b(?:quarter|period|month|season|half)\s+(?:of\s+)?last\s+year\b", re.I)
# right before a number: it is an earlier figure ("up from 12", "compared with $13.1 billion")
_EARLIER_BEFORE = re.compile(
    r"(?:\b(?:up|down)\s+from(?:\s+(?:last\s+)?[\w-]+['’]s?)?|\bcompar(?:ed|es?|ing)\s+(?:with|to)(?:\s+"
    r"(?:last\s+)?[\w-]+['’]s?)?|\bfrom\s+(?:last\s+)?[A-Z]?[\w-]+['’]s|"
    r"\bfrom\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:previous|prior|earlier|initial|revised)\s+"
    r"(?:(?:record|high|low|peak|figure|estimate|range|forecast|guidance|target|outlook)\s+of\s+)?|"
    r"\b(?:an?\s+)?(?:earlier|previous|initial|original)\s+(?:death\s+)?(?:toll|figure|"
    r"estimate|count|tally|forecast|projection)\s+(?:of|was|at|had\s+been)|"
    r"\b(?:revised|cut|lowered|raised)\s+(?:\w+\s+)?(?:down|up)?\s*from|"
    r"\b(?:earlier|previously|initially|originally|at\s+first)\s+(?:had\s+)?(?:estimated|"
    r"said|put|reported|counted|gave|feared|believed|thought|claimed|projected|forecast)\b"
    r"[^.;:]{0,30}|"
    r"\b(?:preliminary|initial|provisional|early|first)\s+(?:\w+\s+)?(?:of|at|was|put\s+at)|"
    r"\bhad\s+(?:forecast|projected|predicted|expected|estimated|pencilled\s+in)\b"
    r"(?:(?!\band\b)[^.;:,\d]){0,40}|"  # not "had expected and lifting its share to"
    r"\b(?:rejected|turned\s+down|spurned|rebuffed)\s+(?:(?:an?|the|its|their|two|three|"
    r"several|earlier|previous|prior)\s+)*(?:(?:offers?|bids?|approach(?:es)?|proposals?)\s*"
    r"(?:of\s+|:\s*)?)?|"
    r"\b(?:beating|beat|surpassing|surpassed|eclipsing|eclipsed|bettering|bettered)\s+"
    r"(?:the\s+(?:previous\s+|old\s+|former\s+)?(?:(?:record|best|mark|high)\s+(?:of\s+)?)?|"
    r"(?:a|the|its|his|her)\s+(?:previous\s+|old\s+)?record\s+(?:of\s+)?)|"
    r"\(\s*(?:19|20)\d\d\s*[:=]|\b(?:19|20)\d\d\s*:|"
    r"\(\s*(?:a\s+|one\s+)?(?:year|month|week|quarter)\s+(?:earlier|ago|before)\s*[:=])"
    r"\s*(?:about\s+|around\s+|nearly\s+|"
    r"some\s+|just\s+|only\s+)?$", re.I)
# between a figure a count moved to and the next one it moved to: "to 27 in the morning and
# then to 38", "to 19, then to 27", "to 27 before rising to 38"
_THEN_TO = re.compile(r"(?:\s+[\w-]+){0,4}?,?\s+(?:and\s+)?(?:then|later|before\s+(?:rising|climbing|"
                      r"falling|dropping|jumping|going))\s+(?:\w+\s+)?to\s+(?:about\s+|around\s+|"
                      r"nearly\s+|some\s+)?", re.I)
HAD_FORECAST = re.compile(r"\bhad\s+(?:forecast|projected|predicted|expected|estimated|"
                          r"pencilled\s+in|put\s+(?:\w+\s+){0,3}?at)\b", re.I)  # "had put the Pro at"
# right after a number: the level something had stood at before ("4.5%, where it had stood")
_HAD_STOOD_AFTER = re.compile(r",?\s+(?:where|at\s+which)\s+(?:it|they|rates?|the\s+\w+)\s+had\s+"
                              r"(?:stood|been|remained|sat|stayed|held)\b", re.I)
# "it was $2.6 billion ... and is now $3.1 billion": the first is earlier
_WAS_NOW = re.compile(r"\band\s+(?:is|are)\s+now\b", re.I)
# right after a number: a difference ("400,000 more than", "seven more than the 61")
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:more|fewer|less|higher|lower|greater|bigger|smaller)\s+than\b|"
    r"\s+(?:\w+\s+)?(?:ahead\s+of|clear\s+of|short\s+of|adrift\s+of|off\s+(?:the|his|her|"
    r"its|their)\s+(?:\w+\s+)?(?:pace|lead|leaders?|top|record|mark|best|winner|summit|"
    r"peak|high|target)\b|behind\s+(?:the|them|him|her|it|their|his|[A-Z]))\b|"
    r"\s+(?:more|fewer|less|extra|additional)\b(?!\s+than)", re.I)
_CHANGE_BEFORE = re.compile(
    r"\b(?:lost|losing|loses|gained|gaining|gains|picked\s+up|picking\s+up|added|adding|shed|"
    r"shedding|dropped|won\s+an?\s+(?:extra|additional|further)|(?:up|down)\s+(?:by\s+)?)\s*$",
    re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|some\s+|just\s+|roughly\s+|"
                        r"almost\s+|more\s+than\s+|over\s+)?$", re.I)
# a verb of change, then "by": the number is the change ("grew by 50,660", "fell by 1.4%")
_VERB_BY = re.compile(r"\b(?:grew|grown|grows|rose|risen|rises|fell|fallen|falls|increased|increases|"
                      r"decreased|decreases|dropped|drops|climbed|climbs|jumped|jumps|declined|"
                      r"declines|shrank|shrunk|shrinks|slipped|slips|slid|soared|surged|plunged|"
                      r"widened|narrowed|swelled|swung|cut|raised|lowered|reduced|boosted|"
                      r"trimmed)\s+by\s+(?:about\s+|around\s+|nearly\s+|some\s+|just\s+|roughly\s+|"
                      r"almost\s+|more\s+than\s+|over\s+|a\s+further\s+|another\s+)?$", re.I)
_TOOK_BEFORE = re.compile(r"\b(?:took|takes|taking|knocked|knocks|shaved|shaves|wiped|wipes|"
                          r"lopped|chopped)\s+(?:about\s+|some\s+|nearly\s+|another\s+)?$", re.I)
_TOOK_OFF = re.compile(r"(?:\s+[a-z]+){0,2}\s+off\b", re.I)  # "took 17,000 jobs off"
# between a change and the level it led to: "..., for a total of", "... to"
_NEW_LEVEL_BETWEEN = re.compile(
    r"(?:[^.;:\d]{0,40}\b(?:total|tally)\s+(?:of|to|at)|[^.;:\d]{0,25}?\bto|"
    r"[^.;:\d]{0,25}?,\s*(?:bringing|taking|lifting|pushing)\s+(?:it|the\s+\w+)\s+to)"
    r"\s+(?:about\s+|around\s+|nearly\s+|some\s+|just\s+|roughly\s+|almost\s+)?", re.I)
_SIGNED_IN_BRACKETS = re.compile(r"\(\s*[+−-]?\s*$")
_CHANGE_TO_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}to\s+(?=[\d$€£¥])", re.I)
# "X of the Y", "X out of Y": X a part, Y the whole
OF_NUMBER = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+|"
                       r"all\s+|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w'’-]*['’]s\s+|"
                       r"the\s+\w+['’]s\s+)?$")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|includes|included|among\s+them|of\s+whom|"
                              r"among\s+whom)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                              r"at\s+least\s+|more\s+than\s+)?$", re.I)
_THE_REST = re.compile(r"[^.;:]*?\b(?:and|while|with)\s+the\s+(?:rest|others|remaining|remainder)\b",
                       re.I)
_OUT_OF = re.compile(r"\bout\s+of\b", re.I)
_SUBSET_BEFORE = re.compile(r"\b(?:the\s+)?(?:last|remaining|other|first|final)\s+$", re.I)
_ALL_OF_BEFORE = re.compile(r"\ball\s+(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+['’]s?\s+)?$",
                           re.I)
# an aside about an earlier event: "the deadliest since 1999, when a 7.4 quake killed 7,000"
_SINCE_WHEN = re.compile(r"\bsince\s+(?:(?:19|20)\d\d|the\s+\d{4}s)\s*,?\s*when\b|"
                        r",\s*when\s+(?:it|they|turnout|the\s+\w+)\s+(?:was|were|stood|had)\b",
                        re.I)
# "since" and an earlier event told in the past tense, in the number's clause
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
                         r"(?:lost|spilled|killed|struck|sank|hit|took|left|[a-z]{3,}ed)\b"
                         r"(?:[^,;.]|[,.](?=\d))*$")
_TO_RIGHT_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_EXCEPT_BEFORE = re.compile(r"\b(?:all\s+but|bar|except(?:\s+for)?|apart\s+from|save\s+for|"
                           r"other\s+than)\s+$", re.I)
_SIZE_ADJECTIVE = re.compile(r"-(?:seat|member|strong|bed|room|storey|story|nation|country|"
                            r"team|page|year-old|man|person)\b", re.I)
_THRESHOLD_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:needed|required|necessary|it\s+needed|it\s+needs|needs|it\s+would\s+"
    r"need)\b|\s+(?:[a-z]+\s+)?(?:target|threshold)\b|"
    r"\s+(?:[a-z]+\s+)?(?:rule|limit|deadline|cap|ceiling|maximum|minimum)\b|"  # "72-hour rule"
    r"\s+(?:[a-z]+\s+)?(?:the\s+)?(?:law|rules?|regulations?|directive)\s+"
    r"(?:allows?|permits?|requires?|sets?)\b", re.I)  # "the 4% of turnover the law allows"
_DEMAND_AFTER = re.compile(r"\s+(?:pay\s+|wage\s+|salary\s+)?(?:claim|demand|ask)\b", re.I)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:needs?|needed|requires?|required|target\s+of|threshold\s+of|goal\s+of|aims?\s+for|"
    r"hopes?\s+for|would\s+need)\s+(?:(?:its|their|the|a|an|his|her)\s+)?"
    r"(?:at\s+least\s+|about\s+|some\s+)?$|"
    r"\b(?:law|rules?|regulations?|directive)\s+(?:gives?|allows?|permits?|requires?|sets?|"
    r"says?\s+(?:\w+\s+){0,4}?within)\s+(?:\w+\s+){0,2}?(?:a\s+|an\s+|the\s+)?"
    r"(?:maximum\s+of\s+|up\s+to\s+)?$", re.I)  # "The law gives firms 72 hours to"
_FORECAST_CUE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects|projected|projecting|"
    r"predicts?|predicted|guidance|guided|outlook|anticipates?|anticipated|sees|targets?|"
    r"consensus|analysts?|estimates?\s+(?:for|of)\s+next|next\s+year|is\s+set\s+to|"
    r"will\s+(?:be|reach|rise|fall|grow)|would\s+(?:be|cost|add|mean|take|need|require|"
    r"reach|save|bring|push|lift))\b", re.I)  # "the demand for 19% would cost about £1.4bn"
_YEAR_TEXT = re.compile(r"^(?:19|20)\d\d$")
_AT_CLAUSE_START = re.compile(r"\W*(?:(?:just|only|some|about|around|nearly|almost|roughly|"
                             r"and|but|while|of|those|the|all)\s+)*", re.I)
_PARTIAL_COUNT = re.compile(r"\bwith\s+(?:\S+\s+){1,4}(?:counted|declared|reporting|tallied|"
                           r"of\s+(?:the\s+)?(?:vote|ballots|precincts))\b|"
                           r"\bwith\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?\d[\d.]*\s*(?:%|"
                           r"per\s*cent|percent)\s+in\b", re.I)  # "with 60% in", not "with $112m in"
# a reading taken on the way: the figures after it are not the final count
_ON_THE_WAY = re.compile(r"\bexit[- ]polls?\b|\b(?:early|partial)\s+(?:results|returns|counts?|"
                        r"tall(?:y|ies))\b|\b(?:at|by|of)\s+the\s+same\s+(?:point|stage|hour)\b",
                        re.I)
_BY_POLL = re.compile(r"\b(?:according\s+to|by|in|from|showed?|found|suggest(?:s|ed)?)\s+(?:an?|the|"
                      r"its|first)\s+(?:\w+\s+)?$", re.I)
_POLL_ENDS = re.compile(r";|\b(?:but|while|whereas|final|official|actual|result(?:s|ed)?\s+"
                       r"(?:was|were|gave|showed))\b", re.I)
_AGE_BEFORE = re.compile(r"(?:^|(?<=\n)|[.!?:;—–-]\s+|\bsaid\s+|\b(?:Mr|Mrs|Ms|Dr)\.?\s+|"
                        r"\b[A-Z][a-z'’-]+\s+)([A-Z][a-z'’-]+),\s*$|"
                        r"\b((?:[Tt]he|[Aa])\s+(?:[a-z]+\s+)?(?:driver|man|woman|boy|girl|victim|"
                        r"suspect|pilot|captain|mother|father|son|daughter|teacher|officer|"
                        r"passenger|nurse|doctor|worker|farmer|student|owner|resident|widow|"
                        r"[a-z]+(?:er|or|ist|ant|ian))),\s*$")
_BRACKET_LABEL = re.compile(r"\s*\(\s*[A-Za-z][\w .'’-]{0,24}?\s*[:=]\s*(?:about\s+|around\s+)?")
_NOW_LABEL = re.compile(r"\b(?:now|this|current|latest|new|target|forecast|est)", re.I)
# after "more than", "ahead of": a rival by name ("22 more than Varga"), not a time
_RIVAL_AFTER = re.compile(r"\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December|Monday|Tuesday|"
                          r"Wednesday|Thursday|Friday|Saturday|Sunday|In|Last|The|A|An)\b)"
                          r"[A-Z][\w'’-]+")
_THAN_TIME = re.compile(r"\s+(?:a|one|the)\s+(?:year|month|quarter|week)\s+(?:ago|earlier|before)|"
                       r"\s+(?:last|a\s+year\s+ago|in)\b", re.I)
_AGE_GROUP = re.compile(r"\s*(?:(?:or|and)\s+(?:older|over|above|up)|-?\s*years?[- ]olds?\b|"
                       r"\+\s+(?:year|age))", re.I)
_OVER_AGE_BEFORE = re.compile(r"\b(?:over|under|aged)[- ]$", re.I)
_LISTED_WITH = re.compile(r"[^.;:\d]{0,30}?,?\s+(?:and|or)\s+")
_AGE_FIRST = re.compile(r"[\s\"“]*([A-Z][a-z'’-]+),\s*")
_AGE_AFTER = re.compile(r"\s*(?:[.!?;]|$|,\s*(?:who|a|an|[a-z]+ed|said|says|was|is|has|had|"
                       r"scored|won|took|ran|led|became)\b)")
_POINTS = re.compile(r"(?:\bpoints?|\bpp)\s*$", re.I)
_PEAK_BEFORE = re.compile(r"\b(?:peaked(?:\s+in\s+(?:19|20)\d\d,?)?\s+at|peaking\s+at|"
                         r"peak(?:ed)?\s+of|a\s+high\s+of|"
                         r"hit\s+a\s+(?:peak|high)\s+of)\s+(?:about\s+|around\s+|some\s+|"
                         r"nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)
_PROPOSAL_BEFORE = re.compile(
    r"\b(?:wanted|wants|called\s+for|calling\s+for|pushed\s+for|argued\s+for|voted\s+for|"
    r"proposed|proposing|sought|favou?red)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:cut|hike|rise|increase|reduction|move|raise)\s+)?(?:to|of)\s+"
    r"(?:about\s+|around\s+)?$", re.I)
_PERIOD_CUE = re.compile(r"\bon\s+the\s+(?:month|quarter|week)\b|\b(?:month|quarter|week)[- ]on[- ]"
                        r"(?:month|quarter|week)\b|\b(?:monthly|quarterly|weekly)\s+change\b|"
                        r"\b[mq]/[mq]\b", re.I)
_AT_TIME = re.compile(r"\b(?:at|by|as\s+of)\s+$", re.I)
_SO_FAR = re.compile(r"\bso\s+far\b|\bfor\s+now\b|\bat\s+this\s+stage\b", re.I)
_PLACE_POSSESSIVE = re.compile(r"\b((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)['’]s\s+$")
_COMPARED = re.compile(r"\b(?:ahead\s+of|behind|than|compared|compares?|comparing|versus|vs\.?|above|below|"
                       r"up\s+from|down\s+from|against|from|on|over)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# "to 44.2% from 35.1%", "reached 11,200, from": the figure the move went to is said
_TO_BEFORE = re.compile(r"\b(?:to|reached|hit|topped)\b", re.I)
_TO_BETWEEN = re.compile(r"\s+(?:\w+\s+){0,2}to\s+"
                        r"(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?",
                        re.I)
_TO_FROM_BETWEEN = re.compile(r"[\s,]*(?:\w+\s+){0,2}from\s+(?:about\s+|around\s+|nearly\s+|some\s+)?",
                             re.I)
_FORECAST_AFTER = re.compile(r"\s+(?:(?!(?:beats?|beating|tops?|topped|topping|miss\w*|exceed\w*|"
                            r"above|below|ahead|short)\b)\w+\s+)?"  # not "€421m beats forecasts"
                            r"(?:consensus|forecasts?|estimates?|projections?|"
                            r"targets?|guidance)\b|\s+(?:that\s+)?(?:analysts|economists|"
                            r"investors|the\s+market|markets|forecasters)\s+(?:had\s+)?"
                            r"(?:expected|forecast|predicted|estimated|pencilled|penciled|"
                            r"projected|anticipated)\b|"
                            r"\s+(?:\w+\s+){0,2}?by\s+(?:the\s+end\s+of\s+)?(?:next|the\s+coming)\s+"
                            r"(?:year|month|quarter|week)\b", re.I)  # "3.75% by the end of next year"
_MARGIN_BEFORE = re.compile(r"\b(?:majority|margin|lead)\s+of\s+(?:just\s+|only\s+|some\s+)?$|"
                           r"\b(?:majority|margin|lead)\b[^.;:\d]{0,40}:\s*$", re.I)
_MARGIN_AFTER = re.compile(r"-?\s*(?:seat|vote|point)s?\s+(?:majority|margin|lead)\b", re.I)
_EACH_AFTER = re.compile(r"[ \t]+(?:(?-i:[a-z]+)[ \t]+)?(?:for\s+each|each|apiece|a\s+head|per\s+head|per\s+person|"
                        r"per\s+capita)\b", re.I)
_PER_BEFORE = re.compile(r"\b(?:for\s+every|per|in\s+every|out\s+of\s+every|for\s+each)\s+$",
                        re.I)
_SUBSET_VERB = re.compile(r"\b(?:treated|hospitali[sz]ed|identified|released|rescued|freed|"
                         r"discharged|admitted|named)\s+(?:\w+\s+)?$", re.I)
# a sentence that opens on a place or an earlier time speaks of it throughout
_FRONT_PLACE = re.compile(r"\s*[\"“]?In\s+(?:the\s+(?:capital|city|town|county|state|region|"
                         r"province|district)\s*(?:of\s+)?,?\s*)?(?:the\s+)?"
                         r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                         r"February|March|April|May|June|July|August|September|October|November|"
                         r"December|Q[1-4]|All|Total|Its|This|That|His|Her|Their|Our)\b)"
                         r"[A-Z][\w'’.-]*"
                         r"(?:\s+[A-Z][\w'’.-]*)*(?:\s*,|(?=\s+[a-z]))")
_FRONT_AREA = re.compile(r"\s*[\"“]?(?:Across|Throughout|Elsewhere\s+in|In)\s+the\s+(?:province|region|"
                        r"state|district|county|city|town|capital|north|south|east|west|"
                        r"north-?east|north-?west|south-?east|south-?west)\b|"
                        r"\s*[\"“]?(?:For|By|In)\s+comparison\b", re.I)  # "For comparison, ...": another's
_FRONT_EARLIER = re.compile(
    r"\s*[\"“]?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|\d+)\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before)|last\s+time|at\s+(?:the|its|their)\s+(?:last|previous)\s+(?:election|vote|poll|meeting)|"
    r"in\s+the\s+(?:last|previous)\s+(?:election|parliament)|back\s+then)\b|"
    r"\s*(?-i:Previous|Old|Earlier|Prior)\s+(?-i:[a-z]+)\b|"  # "Old national record 40.2C"
    r"\s*[\"“]?(?-i:The)\s+(?:previous|old|former|prior)\s+(?:[\w-]+\s+){0,2}?(?:record|high|"
    r"best|peak|holder|mark|total|figure)\b", re.I)  # "The previous October record belonged to"
_FRONT_OF = re.compile(r"\s*[\"“]?Of\s+(?:the|its|their|this|that|those|these)\s+", re.I)
# a capitalised word right before a bare number makes it a name ("Route 17", "Game 6")
_NAME_HEADS = frozenset("""
route interstate highway station pier category game section flight model plant school gate
terminal platform room building block ward article chapter level stage phase boeing airbus
iphone galaxy pixel xbox playstation formula exit row grade class unit lane apollo windows
channel track bay dock berth hangar camp precinct district region zone sector act bill
amendment resolution rule clause paragraph item match round week episode season volume
number no
""".split())
_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]*|i[A-Z][A-Za-z]*|No\.?)\s?$")
# a place in a series after a preposition, the number ending its phrase: "in carriage 11 and"
_NAME_LOWER = re.compile(r"\b(?:in|at|on|from|into|onto|near|inside|aboard|outside|to)\s+"
                        r"(?:the\s+)?([a-z]+)\s$")
_NAME_HEADS_LOWER = _NAME_HEADS - {"number", "no", "week", "season", "round", "level", "grade",
                                  "stage", "phase", "class"} | frozenset("""
carriage coach car seat bed bus cell box wagon pitch court hole stand table bunk cabin deck
""".split())
_NAME_END = re.compile(r"\s*(?:[.,;:!?)\"”’]|$)|\s+(?:and|or|but|when|where|while|with|was|were|"
                       r"is|as)\b")
_NAME_AFTER = re.compile(r"\s+(?:Downing|Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|"
                        r"Boulevard|Place|Square|Plus|Pro|Max|Mini|Ultra)\b")


# Speed: for each costly pattern, words one of which its every match holds (lower-cased);
# a sentence that holds none of them skips the pattern's search for each of its numbers.
_CUES: dict[str, tuple[str, ...]] = {
    "earlier_before": ("from", "compar", "earlier", "had", "ago", "before", "previous", "initial",
                       "original", "first",
                       "preliminary", "provisional", "early", "beat", "surpass", "eclips",
                       "better", ":", "=", "reject", "turned", "spurn", "rebuff"),
    "earlier_time": ("earlier", "ago", "before", "previous", "prior", "preceding", "last",
                     "same", "time", "then"),
    "period": ("month", "quarter", "week", "/"),
    "forecast": ("expect", "forecast", "project", "predict", "guid", "outlook", "anticipat",
                 "sees", "target", "consensus", "analyst", "next", "set", "will", "would"),
    "future": ("to",),  # a move's "to"; _future_before then reads back for its tense
    "so_far": ("far", "now", "stage"),
    "peak": ("peak", "high"),
    "margin": ("majority", "margin", "lead"),
    "per": ("every", "per", "each"),
    "threshold_after": ("need", "requir", "necessary", "target", "threshold", "rule", "limit",
                        "deadline", "cap", "ceiling", "maximum", "minimum", "law", "regulation",
                        "directive"),
    "threshold": ("need", "requir", "target", "threshold", "goal", "aim", "hope", "law", "rule",
                  "regulation", "directive"),
    "proposal": ("want", "call", "push", "argu", "vot", "propos", "sought", "favo"),
    "except": ("but", "bar", "except", "apart", "save", "other"),
    "subset": ("last", "remaining", "other", "first", "final"),
    "including": ("includ", "among", "whom"),
    "all": ("all",),
    "change": ("los", "gain", "pick", "add", "shed", "dropped", "won", "up", "down"),
    "by": ("by",),
    "from": ("from",),
    "(": ("(",),
    ",": (",",),
    "difference": ("more", "fewer", "less", "extra", "additional", "higher", "lower", "greater",
                   "bigger", "smaller",
                   "ahead", "clear", "short", "adrift", "off", "behind"),
    "since_when": ("when",),
    "if": ("if", "should", "unless"),
    "contrast": ("contrast",),
    "sum": ("together", "combined"),
    "rival": ("behind", "ahead", "than", "unlike", "rival", "competitor", "against", "overt",
              "beat"),
    "member": ("highest", "lowest", "largest", "smallest", "biggest", "worst", "best", "fastest",
               "slowest", "most", "fewest", "only", "hardest"),
    "since": ("since",),
    "with": ("with",),
    "on_the_way": ("exit", "early", "partial", "same"),
    # mentions.Numbers: "up from", "another", "earlier put at", "a third of"
    "other_figure": ("from", "compared", "versus", "vs", "another", "further", "additional",
                     "earlier", "previous", "initial", "bringing", "original", "first"),
    "of": ("of",),
    "fraction": ("half", "third", "quarter", "%", "cent"),
    # engine: a keyword named as left out ("excluding food")
    "left_out": ("ex", "without", "leav", "strip", "other", "apart", "counting"),
    "the_rest": ("rest", "others", "remaining", "remainder"),
}

_WORD_CUES: dict[str, frozenset[str]] = {}  # a lower-case word -> the cues it holds
_CUE_WORDS = tuple((w, k) for k, words in _CUES.items() for w in words)
_ANY_CUE = re.compile("|".join(sorted({re.escape(w) for w, _ in _CUE_WORDS})))


def cues(text: str, start: int, end: int) -> frozenset[str]:
    """The names of `_CUES` whose words the sentence text[start:end] holds (no cue word
    holds white space, so each lies within one of the sentence's words: each word is looked
    up once)."""
    low = text[start:end].lower()
    if not low.isascii():  # what re.I matches to an ASCII letter and lower() does not give
        low = low.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")  # İ: i + U+0307
    out: set[str] = set()
    for word in low.split():
        got = _WORD_CUES.get(word)
        if got is None:
            if len(_WORD_CUES) > 50_000:
                _WORD_CUES.clear()
            got = _WORD_CUES[word] = frozenset(
                [k for w, k in _CUE_WORDS if w in word] if _ANY_CUE.search(word) else ())
        if got:
            out |= got
    return frozenset(out)


# what makes the verbs after it a plan or a forecast ("will grow", "plans to raise")
_FUTURE_AUX = frozenset("will would shall 'll ’ll".split())
_FUTURE_TO = re.compile(r"(?:is|are|set|plans?|planning|aims?|aiming|intends?|intending|going|"
                        r"due|expects?|expected)\s+to$", re.I)
# a finite verb of what has happened or is the case: a move after it is no plan
_FINITE = frozenset("""
is are was were has have had rose fell grew stood hit came went took saw won lost sold made paid
said says reached rises falls grows stands
""".split())
_WORD_BACK = re.compile(r"[\w'’]+")


def _future_before(text: str, a: int, b: int) -> str:
    """The auxiliary that makes the move ending at b a plan ("will ... and grow its fleet ...
    to", "would ..., bringing its fleet to"), or "" when a finite verb of what happened or is
    ("rose to", "has climbed to") or a clause break comes first, reading back from b."""
    words = [m for m in _WORD_BACK.finditer(text, a, b)]
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group().lower()
        if text.find(";", words[i].end(), b) >= 0:
            return ""
        if w in _FUTURE_AUX or w.endswith(("'ll", "’ll")):
            return words[i].group()
        if w == "to" and i > 0 and _FUTURE_TO.search(text, words[i - 1].start(), words[i].end()):
            return text[words[i - 1].start():words[i].end()]
        if w in _FINITE or (w.endswith("ed") and len(w) > 4 and not (
                i > 0 and words[i - 1].group().lower() in ("be", "been", "being"))):
            return ""
    return ""


def _may(cue: frozenset[str] | None, name: str) -> bool:
    """The sentence may hold a match of the pattern named (no `cues` given: it may)."""
    return cue is None or name in cue


@dataclass(frozen=True, slots=True)
class Annotation:
    """What one number is in its sentence."""

    role: str  # one of ROLES
    cue: str  # the words that gave the role ("" for current)
    clause: tuple[int, int]  # the clause it stands in, offsets in the article
    year: int | None  # a year in its clause that dates it ("in 2023", "(2021: ...)")


# _CLAUSE_BREAK, tried only where one of its alternatives can start (white space or one of
# its marks): the scan passes over other characters with one test (2x faster; a test checks
# both find the same breaks)
_CLAUSE_SCAN = re.compile(r"(?=[\s;—–()\[\]:,])(?:" + _CLAUSE_BREAK.pattern + ")",
                          _CLAUSE_BREAK.flags)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence text[start:end], in order, covering it."""
    out: list[tuple[int, int]] = []
    a = start
    for m in _CLAUSE_SCAN.finditer(text, start, end):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end() if m.end() > m.start() else a
    if a < end:
        out.append((a, end))
    return out or [(start, end)]


_SINCE = re.compile(r"\bsince\b", re.I)
# "Civic Union, which held 51 seats in the last parliament, polled 1.83 million votes": the
# aside ends at the comma before the main verb
_ASIDE = re.compile(r"\b(?:which|who)\s[^,;]*,\s*(?=(?:[a-z]+ed|won|took|held|got|had|was|were|"
                    r"is|are|has|have|said|says|saw|rose|fell|grew)\s)")


def _clause_of(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    best = spans[0]
    for a, b in spans:
        if a <= pos:
            best = (a, b)
        else:
            break
    return best


def annotate(text: str, start: int, end: int, quantities: Sequence[Quantity],
             lead: str = "", heads: Sequence[str] = (), row: str = "",
             story_year: int | None = None, cue: frozenset[str] | None = None,
             label: tuple[int, int] | None = None, heading: str = "") -> Annotations:
    """One annotation per quantity of the sentence text[start:end], each made when first
    asked for (a number no fact can take is never annotated). `lead`: the lead-in line or
    heading of the list the sentence is an item of ("Outlook for 2025:"); `heads`: for a
    table row, the column header over each quantity ("Q3 2025", "Change"); `row`: the label
    of a row of a table by region, year, ... (its figures are that row's alone);
    `story_year`: the article's latest year (a figure "in 2022" is then earlier); `cue`:
    `cues` of the sentence when known; `label`: the span of the label the sentence opens on
    ("Peak year for recorded crime"); `heading`: a heading over its list or table that names an
    earlier year ("The 2017 outbreak, for comparison")."""
    return Annotations(text, start, end, quantities, lead, heads, row, story_year, cue,
                       label, heading)


class Annotations(Sequence[Annotation]):
    """A sentence's annotations, made on demand; what they share (clauses, the sentence's
    opening, the header years) is found once."""

    def __init__(self, text: str, start: int, end: int, quantities: Sequence[Quantity],
                 lead: str, heads: Sequence[str], row: str, story_year: int | None,
                 cue: frozenset[str] | None = None, label: tuple[int, int] | None = None,
                 heading: str = "") -> None:
        self.text, self.start, self.end, self.qs = text, start, end, quantities
        self.label, self.heading = label, heading
        self.lead, self.heads, self.row, self.story_year = lead, heads, row, story_year
        self._done: list[Annotation | None] = [None] * len(quantities)
        self._shared: tuple[Any, ...] | None = None
        self._cue = cue

    def __len__(self) -> int:
        return len(self.qs)

    @overload
    def __getitem__(self, k: int) -> Annotation: ...

    @overload
    def __getitem__(self, k: slice) -> Sequence[Annotation]: ...

    def __getitem__(self, k: int | slice) -> Annotation | Sequence[Annotation]:
        if isinstance(k, slice):
            return [self[i] for i in range(len(self))[k]]
        got = self._done[k]
        if got is None:
            got = self._done[k] = self._make(k)
        return got

    def _make(self, k: int) -> Annotation:
        text, start, end, quantities = self.text, self.start, self.end, self.qs
        if self._shared is None:
            head_years = [_years(h) if h else [] for h in self.heads]
            cued = self._cue if self._cue is not None else cues(text, start, end)
            self._shared = (_FRONT_YEAR.match(text, start, end), _fronts(text, start, end, cued),
                            clauses(text, start, end),
                            bool(self.lead) and _FORECAST_CUE.search(self.lead) is not None,
                            head_years, max((y for ys in head_years for y in ys), default=None),
                            cued)
        fronted, front, spans, lead_forecast, head_years, latest, cued = self._shared
        heads, row, story_year = self.heads, self.row, self.story_year
        q = quantities[k]
        clause = _clause_of(spans, q.start)
        year = None if q.kind == "year" else _dating_year(text, clause, quantities, k)
        if year is None and fronted is not None and q.kind != "year":
            year = int(fronted.group(fronted.lastindex or 1))  # "For 2025, it forecast ..."
        relative: int | None | bool = False  # the year of a relative clause, once asked
        if year is None and q.kind != "year":
            year = relative = _relative_year(text, spans, clause, quantities, k)  # "2008, when"
        role, cue = _role(text, start, end, clause, quantities, k, front, cued)
        if role == "current" and lead_forecast and not (
                year is not None and story_year is not None and year < story_year):
            role, cue = "forecast", self.lead.strip()  # not "The 2025 full-year profit was
            # €902 million" under "Outlook": a past year's figure
        head = heads[k] if k < len(heads) else ""
        if head:  # the column says what the cell is
            ys = head_years[k]
            if ys:
                year = max(ys)
                if role == "current" and latest is not None and year < latest:
                    role, cue = "earlier", head
            if role == "current" and (_EARLIER_TIME.search(head) or _EARLIER_HEAD.match(head) or
                                      (_BEFORE_IN_HEAD.search(head) and
                                       not _CHANGE_HEAD.search(head))):
                role, cue = "earlier", head  # "| | Before | After |": the column before
            if role == "current" and _CHANGE_HEAD.search(head) and q.kind != "percent":
                role, cue = "change", head
            if role == "current" and _FORECAST_CUE.search(head):
                role, cue = "forecast", head
        if head and role == "current" and q.kind == "count" and q.value is not None:
            rest = [x.value for j, x in enumerate(quantities) if j != k and x.kind == "count"
                    and j < len(heads) and heads[j] and x.value is not None]
            if len(rest) >= 2 and abs(sum(rest) - q.value) < 0.5:
                return Annotation("total", f"{head}: the sum of the row", clause, year)
        if role == "current" and self.heading and q.kind not in _NO_ROLE:
            role, cue = "earlier", self.heading  # under "The 2017 outbreak, for comparison"
            year = year or max(_years(self.heading), default=None)
        if role == "current" and self.label is not None and self.label[1] <= q.start and \
                q.kind not in _NO_ROLE:
            role, cue = _by_label(text, self.label, q, end)
        if role == "local" and story_year is not None and _COMPARISON.match(cue) and \
                any(y < story_year for y in _years(text[start:end])):
            role, cue = "earlier", cue  # "For comparison, the 1996 clean-up ...": the past
        if row and role == "current" and not _TOTAL_ROW.match(row) and \
                not _story_row(row, story_year):
            role, cue = "local", row
        elif row and role == "current" and _story_row(row, story_year) and \
                row_year(row) != story_year and not head_years[k]:
            role, cue = "earlier", row  # "| 2025 | 46.1 |" in a story of 2026
            year = year or row_year(row)
        if role in ("current", "total", "part") and story_year is not None and q.kind != "year":
            dated = int(fronted.group(fronted.lastindex or 1)) if fronted else \
                _in_year(text, clause, quantities, k)
            if dated is None and head:
                dated = _year_cell(quantities, heads, k)
            if dated is None:
                dated = _relative_year(text, spans, clause, quantities, k) \
                    if relative is False else relative
            if dated is not None and dated < story_year:
                role, cue = "earlier", f"in {dated}"
                year = year or dated
        return Annotation(role, cue, clause, year)


# a label that gives its line's figures for a high point: "Peak year for recorded crime"
_PEAK_LABEL = re.compile(r"[\W_]*(?:peak|all[- ]time\s+high|record\s+high)\b", re.I)
# after a label, figures each given for a name: "China $41.2m, UK $14.8m, Japan $9.1m"
_NAMED_FIGURE = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*\s+[$€£¥]?\d[^,;]*?"
_NAMED_FIGURES = re.compile(r"[:\s]*" + _NAMED_FIGURE + r"(?:\s*[,;]\s*(?:and\s+)?" +
                            _NAMED_FIGURE + r")+\s*\.?\s*$")
_NAME_RIGHT_BEFORE = re.compile(r"([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)\s+[$€£¥]?$")
# a column that dates its row: "| Spill | Year | Barrels |"
_DATE_HEAD = re.compile(r"[\s*_]*(?:year|date|season)[\s*_]*$", re.I)


def _by_label(text: str, label: tuple[int, int], q: Quantity, end: int) -> tuple[str, str]:
    """The role a line's label gives its figure q: a peak's figure under a label that opens
    on "Peak"; the figure of the name right before it when the label lists parts, each a
    name and its figure ("Top markets abroad: China $41.2m, UK $14.8m"); else current."""
    a, b = label
    if _PEAK_LABEL.match(text, a, b):
        return "peak", text[a:b]
    if _EARLIER_HEADING.match(text, a, b):
        return "earlier", text[a:b]  # "Old October opening record: Ghost Meridian, $98.7m"
    if _FORECAST_CUE.search(text, a, b):
        return "forecast", text[a:b]  # "Economists' forecast 110,000 jobs; 4.5% unemployment"
    if _NAMED_FIGURES.match(text, b, end):
        m = _NAME_RIGHT_BEFORE.search(text, max(b, q.start - 60), q.start)
        if m is not None:
            return "local", m.group(1)
    return "current", ""


_COMPARISON = re.compile(r"[\"“]?(?:For|By|In)\s+comparison\b", re.I)
_EARLIER_HEADING = re.compile(r"[\W_]*(?:earlier|previous|past|prior|former|old)\b|"
                              r"\bfor\s+comparison\b", re.I)


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_COMPARED_YEAR = re.compile(r"\b(?:on|from|since|than|vs\.?|versus|against|compared\s+"
                            r"(?:with|to))\s+(?:the\s+)?(?:19|20)\d\d\b", re.I)


def earlier_heading(heading: str, story_year: int | None) -> bool:
    """A heading or lead-in line whose list or table gives earlier figures: it names a time
    before the story's ("The 2017 outbreak, for comparison", "Top 5 a week earlier",
    "Earlier attacks"), not a span up to it ("since 2010")."""
    if _SINCE.search(heading):
        return False
    # not a year in brackets or one compared with ("Seats (change on 2021 in brackets)")
    ys = _years(_COMPARED_YEAR.sub(" ", _BRACKETED.sub(" ", heading)))
    if ys and story_year is not None and max(ys) < story_year:
        return True
    return _EARLIER_HEADING.search(heading) is not None or \
        _EARLIER_TIME.search(heading) is not None


def _story_row(row: str, story_year: int | None) -> bool:
    """A table's row keyed by a year no later than the story's ("| 2026 | Taldor Valley |
    7.2 | 1,184 |" in a story of 2026): its figures are the story's own or, before it,
    earlier ones (dated by the year cell), not a place's."""
    y = row_year(row)
    return story_year is not None and y is not None and y <= story_year


_ROW_YEAR = re.compile(r"[\s*_]*((?:19|20)\d\d)[\s*_]*(?:\([^()]*\)[\s*_]*)?$")


def is_whole_row(row: str) -> bool:
    """A table's row of the whole ("Total", "National"), not of one part."""
    return _TOTAL_ROW.match(row) is not None


def row_year(row: str) -> int | None:
    """The year a table's row is keyed by: its first cell is a year, perhaps with a
    bracket ("2026 (Tuesday)"); else None."""
    m = _ROW_YEAR.match(row)
    return int(m.group(1)) if m else None


def _year_cell(qs: Sequence[Quantity], heads: Sequence[str], k: int) -> int | None:
    """The year that dates the table cell qs[k]: a year before it in its row under a column
    headed "Year" or "Date" ("| Arvold Crown | 1996 | 120,000 |"); not one after it ("|
    City record (°C) | Year |" dates the record)."""
    for j, y in enumerate(qs[:k]):
        if y.kind == "year" and y.low is not None and j < len(heads) and \
                _DATE_HEAD.match(heads[j]):
            return int(y.low)
    return None


_TOTAL_ROW = re.compile(r"(?:total|national|all|overall|nationwide|country|group|company)\b",
                        re.I)
_FRONT_YEAR = re.compile(r"\s*[\"“]?(?:[-*•]\s+)?(?:(?:In|For)\s+((?:19|20)\d\d)\b(?!\s*[-–])|"
                         r"((?:19|20)\d\d)\s*[,:](?!\d))")
_SHARE_RESTATED = re.compile(r"\s+of\s+[^,;.]{1,40},?\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                             r"roughly\s+|almost\s+|more\s+than\s+)?")
_GROUP_THEN_COMMA = re.compile(r"[a-z][\w\s'’-]{0,40},\s+(?:(?:just|only|about|some|nearly|at\s+least)"
                               r"\s+)?$", re.I)


def _few_of(part: Quantity, whole: Quantity) -> bool:
    """`part` is a few picked out of `whole` ("one of the 12", "170 of the 43,000"), not a
    share of it ("Nine of its 14 carriages")."""
    return part.low is None or whole.low is None or whole.low >= 5 * part.low


def _SUM_OF_NEXT(text: str, qs: Sequence[Quantity], k: int) -> str:
    """The cue when qs[k] is one of two or more counts after an earlier count that they add
    up to ("Four plants will shut, two in Ohio and two in Europe"), else ""."""
    q = qs[k]
    if q.kind != "count" or q.value is None:
        return ""
    for i in range(k - 1, -1, -1):
        whole = qs[i]
        if whole.kind != "count" or whole.value is None or whole.value <= q.value:
            continue
        parts = []
        for y in qs[i + 1:]:
            if _is_name_number(text, y):
                continue  # "Route 9"
            if y.kind != "count" or y.value is None:
                break
            parts.append(y.value)
            if len(parts) >= 2 and abs(sum(parts) - whole.value) < 0.5 and \
                    qs.index(y) >= k:
                return f"{_fmt(q.value)} of {whole.text}"
            if sum(parts) > whole.value:
                break
    return ""


def _is_name_number(text: str, q: Quantity) -> bool:
    m = _NAME_BEFORE.search(text, max(0, q.start - 14), q.start)
    return m is not None and m.group(1).lower().rstrip(".") in _NAME_HEADS


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


_IN_BEFORE = re.compile(r"\b(?:in|In)\s+$|\b(?:the|The|its|Its)\s+$")
_DATED_NOUN = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:census|election|vote|poll|season|budget|"
                         r"survey|count|report|results?|figures?|campaign|tournament|final|"
                         r"outbreak|epidemic|pandemic|quake|earthquake|tsunami|storm|hurricane|"
                         r"typhoon|cyclone|flood(?:s|ing)?|fire|wildfires?|spill|clean-?up|"
                         r"crash|disaster|attack|siege|war|crisis|recession|strike|heatwave|"
                         r"drought|famine|eruption|explosion|collapse|derailment|referendum|"
                         r"incident|breach|race|trial|championships?|games|cup|edition|"
                         r"(?:full|half)-year|annual|profit|revenue|sales|earnings|turnover)\b")


def _in_year(text: str, clause: tuple[int, int], qs: Sequence[Quantity], k: int) -> int | None:
    """A year written "in 2022" in the number's clause, no other figure of its kind
    between them."""
    a, b = clause
    q = qs[k]
    br = _YEAR_BRACKET.search(text, max(0, q.start - 60), q.start)
    if br is not None:
        return int(br.group(1))  # "Peak year 2008 (1,103,400 offences; 71.9 per 1,000)"
    for j, y in enumerate(qs):
        if y.kind != "year" or not (a <= y.start < b) or y.low is None:
            continue
        before = _IN_BEFORE.search(text, max(a, y.start - 4), y.start)
        if before is None or (before.group()[:2].lower() != "in" and
                              not _DATED_NOUN.match(text, y.end)):
            continue  # "in 2022", "the 2016 census"
        if _ORIGIN_BEFORE.search(text, max(a, y.start - 30), y.start):
            continue  # "built in 1987 and licensed for 450": the year the thing began
        lo, hi = sorted((j, k))
        if not any(qs[x].kind == q.kind and not _glued(text, qs[x]) for x in range(lo + 1, hi)) \
                and not _SINCE.search(text, min(q.end, y.end), max(q.start, y.start)):
            return int(y.low)  # not "its best result since the party was founded in 1998"
    return None


_RELATIVE_START = re.compile(r"(?:which|who|when|where|or|and)\b", re.I)
_WHEN_START = re.compile(r"when\b", re.I)
_YEAR_TAIL = re.compile(r"\b((?:19|20)\d\d)\b(?:\s+[A-Za-z][\w-]*){0,2}(?:,\s*the\s+[\w\s-]{1,24})?\s*$")


_VOTE_VERB = re.compile(r"\b(?:backed|voted|approved|rejected|passed|endorsed|carried|won|"
                        r"defeated|chose|elected|supported|opposed)\b", re.I)


def _split(text: str, start: int, a: Quantity, b: Quantity) -> bool:
    """"backed the change by 54.2% to 45.8%", "voted by seven to two": a vote's split, not a
    change and the level it led to (shares that make up the whole, or a verb of voting)."""
    if a.value is None or b.value is None or b.value > a.value:
        return False
    if a.kind == "percent" and abs(a.value + b.value - 100) <= 1.5:
        return True
    return _VOTE_VERB.search(text, max(start, a.start - 80), a.start) is not None


def _cue_of_figure_before(text: str, qs: Sequence[Quantity], k: int, a: int, at: int) -> bool:
    """A figure of the clause ends just before the cue word at `at` ("the 45 million analysts
    had expected"): the cue speaks of that figure."""
    return any(a <= y.start and y.end <= at and at - y.end < 25 for y in qs[:k])


def _glued(text: str, q: Quantity) -> bool:
    """The number is glued to a letter, part of a code ("H5N2")."""
    return text[q.start - 1:q.start].isalpha() or text[q.end:q.end + 1].isalpha()


def _relative_year(text: str, spans: Sequence[tuple[int, int]], clause: tuple[int, int],
                   qs: Sequence[Quantity], k: int) -> int | None:
    """The year of the event a relative clause speaks of: "The 2017 outbreak, which killed
    212", "the peak in 2008, when forces recorded 1,103,400 offences, or 71.9 per 1,000"."""
    i = spans.index(clause) if clause in spans else -1
    steps = 0
    while i > 0 and steps < 2 and _RELATIVE_START.match(text, spans[i][0]):
        prev = spans[i - 1]
        if text[spans[i][0]:spans[i][0] + 3].lower().startswith(("or", "and")):
            i -= 1  # "..., or 71.9 per 1,000": the clause it goes on from says
            steps += 1
            continue
        if _WHEN_START.match(text, spans[i][0]):
            m = _YEAR_TAIL.search(text, prev[0], prev[1])
            if m is not None:  # "in 2008, when", "six times the 2021 incident, when ...":
                return int(m.group(1))  # the event the year ends the clause on
        if any(prev[0] <= y.start < prev[1] and y.kind == qs[k].kind and not _glued(text, y)
               for y in qs):
            return None  # the clause before has a figure of its own to be dated
        if _WHEN_START.match(text, spans[i][0]):
            return None
        return _in_year(text, (prev[0], clause[1]), qs, k)  # "The 2017 outbreak, which"
    return None


_NO_ROLE = frozenset({"year", "name", "time", "date", "ordinal"})
_ING_START = re.compile(r"[a-z]+ing\b")  # a clause that goes on with what the one before did
# the year a thing began, which dates no figure of it: "built in 1987", "founded in 1998"
_ORIGIN_BEFORE = re.compile(r"\b(?:built|founded|established|opened|launched|born|constructed|"
                            r"formed|created|set\s+up|commissioned|completed|incorporated)\s+"
                            r"(?:\w+\s+){0,3}?in\s+$", re.I)
_EARLIER_HEAD = re.compile(r"[\s*_]*(?:before|previous(?:ly)?|prior|old|was|earlier|last|"
                           r"from)\b[\s*_]*(?:\(|$)", re.I)
_YEAR_OF_FIGURE = re.compile(r"\s+(?:in|for|during|by)\s+(?:the\s+year\s+)?")
_YEAR_BRACKET = re.compile(r"\b((?:19|20)\d\d)\s*\([^()]*$")  # the bracket after a year
# "| City record before Tuesday (°C) |": the figures of before
_BEFORE_IN_HEAD = re.compile(r"\b(?:before|previous|prior|former)\b", re.I)
_CHANGE_HEAD = re.compile(r"\b(?:change|chg|growth|vs\.?|versus|difference|\+/-)\b|[±Δ]", re.I)


def _years(s: str) -> list[int]:
    return [int(m.group()) for m in re.finditer(r"\b(?:19|20)\d\d\b", s)]


def _dating_year(text: str, clause: tuple[int, int], qs: Sequence[Quantity], k: int) -> int | None:
    """A calendar year in the number's clause that is not the number itself, or the year a
    bracket the number stands in follows ("2008 (1,103,400 offences)")."""
    a, b = clause
    best: tuple[int, int] | None = None
    q = qs[k]
    br = _YEAR_BRACKET.search(text, max(0, q.start - 60), q.start)
    if br is not None:
        return int(br.group(1))
    for j, y in enumerate(qs):
        if j == k or y.kind != "year" or not (a <= y.start < b) or y.low is None:
            continue
        lo, hi = sorted((j, k))
        if any(qs[x].kind == q.kind for x in range(lo + 1, hi)):
            continue  # "68.9%, up from 63.2% in 2022": the year dates the nearer figure
        if _SINCE.search(text, min(q.end, y.end), max(q.start, y.start)):
            continue  # "the best since 1998": a span of time, not a date
        d = y.start - q.end if y.start >= q.end else q.start - y.end
        if y.start >= q.end and _YEAR_OF_FIGURE.fullmatch(text, q.end, y.start):
            d = -1  # "2.4% in 2027, 2.0% in 2028": the year right after its figure
        if best is None or d < best[0]:
            best = (d, int(y.low))
    return best[1] if best else None


def _role(text: str, start: int, end: int, clause: tuple[int, int], qs: Sequence[Quantity],
          k: int, front: dict[str, re.Match[str] | None] | None = None,
          cue: frozenset[str] | None = None) -> tuple[str, str]:
    if front is None:
        front = _fronts(text, start, end, cue)
    q = qs[k]
    if q.kind in _NO_ROLE:
        return "current", ""
    if q.kind == "count" and q.text[:1].isdigit() and "," not in q.text and "." not in q.text:
        m = _NAME_BEFORE.search(text, max(start, q.start - 14), q.start)
        if m is not None and m.group(1).lower().rstrip(".") in _NAME_HEADS:
            return "name", text[m.start():q.end]
        after = _NAME_AFTER.match(text, q.end)
        if after is not None:
            return "name", text[q.start:after.end()]
        m = _NAME_LOWER.search(text, max(start, q.start - 24), q.start)
        if m is not None and m.group(1) in _NAME_HEADS_LOWER and _NAME_END.match(text, q.end, end):
            return "name", text[m.start(1):q.end]  # "I was in carriage 11 and ..."
    if q.kind == "count" and q.text.isdigit() and 16 <= int(q.text) <= 110:
        m = _AGE_BEFORE.search(text, max(start, q.start - 40), q.start)
        if m is None:  # at the sentence's start: "Vance, 29, opened the scoring"
            m = _AGE_FIRST.fullmatch(text, start, q.start)
        if m is not None and _AGE_AFTER.match(text, q.end):
            return "age", text[m.start(m.lastindex or 0):q.end]  # "Vance, 29, opened the scoring"
        m = _AGE_GROUP.match(text, q.end)
        if m is not None or _OVER_AGE_BEFORE.search(text, max(start, q.start - 6), q.start):
            return "age", text[q.start:m.end() if m else q.end]  # "65 or older", "over-65s"
    m = front["contrast"]
    if m is not None and q.start >= m.end():
        return "local", text[start:m.start()].strip()  # "Rival Skyhaven, by contrast, is ...": another
        # subject's figures, whatever their role
    lo = max(start, q.start - 60)
    before = text[lo:q.start]
    if q.kind == "percent" and _POINTS.search(q.text):
        return "change", q.text  # "one percentage point": a difference of two rates
    m = _PEAK_BEFORE.search(text, max(start, q.start - 30), q.start) if _may(cue, "peak") else None
    if m is not None:
        return "peak", m.group().strip()
    m = _MARGIN_BEFORE.search(text, max(start, q.start - 60), q.start) \
        if _may(cue, "margin") else None
    if m is not None or _MARGIN_AFTER.match(text, q.end):
        return "margin", (m.group() if m else text[q.start:q.end + 16]).strip()
    m = _EACH_AFTER.match(text, q.end)
    if m is not None:
        return "rate", text[q.start:m.end()]
    m = _PER_BEFORE.search(text, max(start, q.start - 20), q.start) if _may(cue, "per") else None
    if m is not None:
        return "rate", m.group().strip() + " " + q.text  # "2 theatres for every 100,000"
    m = _EARLIER_BEFORE.search(text, lo, q.start) if _may(cue, "earlier_before") else None
    if m is not None:
        f = _FORECAST_AFTER.match(text, q.end, end)
        if f is not None:  # "beating the $1.72 analysts expected"
            return "forecast", text[q.start:f.end()]
        return "earlier", m.group().strip()
    if k + 1 < len(qs) and qs[k + 1].kind == q.kind and \
            _THEN_TO.fullmatch(text, q.end, qs[k + 1].start) and \
            _TO_RIGHT_BEFORE.search(text, max(start, q.start - 12), q.start):
        return "earlier", "then to " + qs[k + 1].text  # "to 27 in the morning and then to 38"
    if _may(cue, "earlier_before"):
        m = _HAD_STOOD_AFTER.match(text, q.end, end)
        if m is not None:  # "leave the rate at 4.5%, where it had stood since February"
            return "earlier", m.group().strip(" ,")
    if k > 0 and qs[k - 1].kind == q.kind:
        m = _BRACKET_LABEL.fullmatch(text, qs[k - 1].end, q.start)
        if m is not None and not _NOW_LABEL.search(m.group()):
            return "earlier", m.group().strip()  # "3.4% (September: 3.7%)"
    if _may(cue, "from") and _FROM_BEFORE.search(text, max(start, q.start - 8), q.start):
        # "from 38.9% to 31.5%", "to 44.2% from 35.1%": the figure it moved from
        nxt = qs[k + 1] if k + 1 < len(qs) else None
        prv = qs[k - 1] if k > 0 else None
        to = nxt.start if nxt is not None and nxt.kind == q.kind and \
            _TO_BETWEEN.fullmatch(text, q.end, nxt.start) else \
            prv.start if prv is not None and prv.kind == q.kind and \
            _TO_FROM_BETWEEN.fullmatch(text, prv.end, q.start) and \
            _TO_BEFORE.search(text, max(start, prv.start - 40), prv.start) else -1
        if to >= 0:
            if _may(cue, "future") and _future_before(text, max(start, to - 220), to):
                return "current", "from " + q.text  # a plan moves on from what is now
            return "earlier", "from " + q.text
    m = _EXCEPT_BEFORE.search(text, max(start, q.start - 20), q.start) \
        if _may(cue, "except") else None
    if m is not None:
        return "subset", m.group().strip()
    if q.kind == "count" and _AT_CLAUSE_START.fullmatch(text, clause[0], q.start):
        m = _THE_REST.match(text, q.end, clause[1]) if _may(cue, "the_rest") else None
        if m is not None:  # "four were killed and the rest captured": four of a group
            return "subset", text[q.start:m.end()].strip()
    m = _INCLUDING_BEFORE.search(text, max(start, q.start - 30), q.start) \
        if _may(cue, "including") else None
    if m is not None and q.kind == "count" and any(
            y.kind == "count" and y.end <= m.start() for y in qs[:k]):
        return "subset", m.group().strip()  # "1,800 workers, including 650 volunteers"
    m = _SUBSET_BEFORE.search(text, max(start, q.start - 20), q.start) \
        if _may(cue, "subset") else None
    if m is not None and q.kind == "count":
        return "subset", m.group().strip()  # "the last 60 hostages"
    m = _ALL_OF_BEFORE.search(text, max(start, q.start - 40), q.start) \
        if _may(cue, "all") else None
    if m is not None and q.kind == "count":
        return "total", m.group().strip()  # "all of the region's 59 seats"
    m = front["poll"]
    if m is not None and ((m.end() <= q.start and not _POLL_ENDS.search(text, m.end(), q.start)) or
                          (m.start() >= q.end and _BY_POLL.search(text, q.end, m.start()) and
                           not _POLL_ENDS.search(text, q.end, m.start()))):
        return "interim", m.group().strip()  # "exit poll: ... 43%", "at the same point ... 35%",
        # "Seven in ten voters ..., according to an exit poll"
    m = front["since"]
    if m is not None and m.end() <= q.start:
        return "earlier", m.group().strip()
    a, b = clause
    m = _SINCE_EVENT.search(text, a, q.start) if _may(cue, "since") else None
    if m is None and _may(cue, "since") and _ING_START.match(text, a):
        e = len(text[start:a].rstrip(" ,")) + start  # "since the ferry sank in 1994, killing 112"
        m = _SINCE_EVENT.search(text, max(start, e - 120), e)
    if m is not None:  # "the worst since the Arvold Crown lost 120,000 barrels in 1996"
        return "earlier", m.group().strip()
    if k > 0 and _may(cue, "(") and _SIGNED_IN_BRACKETS.search(before) and (
            q.text[:1] in "+-−" or before.rstrip()[-1:] in "+-−"):
        return "change", q.text  # "68 (+17)"
    m = _DIFFERENCE_AFTER.match(text, q.end, end) if _may(cue, "difference") else None
    if m is not None and not (q.kind == "percent" and _THAN_TIME.match(text, m.end(), end)):
        # not "4.3% higher than a year ago": a percent up on a past level is the growth rate
        if _RIVAL_AFTER.match(text, m.end(), end):
            return "margin", text[q.start:m.end()].strip()  # "22 more than Varga": a gap
            # between two rivals, not a change over time
        return "change", text[q.start:m.end()].strip()
    m = _VERB_BY.search(text, max(start, q.start - 40), q.start) if _may(cue, "by") else None
    if m is not None:
        return "change", m.group().strip()  # "the total grew by 50,660 offences"
    m = _TOOK_OFF.match(text, q.end, end)
    if m is not None and _TOOK_BEFORE.search(text, max(start, q.start - 20), q.start):
        return "change", text[q.start:m.end()]  # "took 17,000 jobs off the previous months"
    m = (_CHANGE_BEFORE.search(text, max(start, q.start - 30), q.start)
         if _may(cue, "change") else None) or \
        (_BY_BEFORE.search(text, max(start, q.start - 20), q.start) if _may(cue, "by") else None)
    if m is not None and k + 1 < len(qs) and qs[k + 1].kind == q.kind and \
            _NEW_LEVEL_BETWEEN.fullmatch(text, q.end, qs[k + 1].start) and \
            not _split(text, start, q, qs[k + 1]):
        return "change", m.group().strip()  # "added 35 miles ..., for a total of 310 miles"
    if m is not None and q.kind == "count" and (
            q.text[:1].isdigit() or q.text[:1].isalpha()) and _is_count_change(text, q, qs, k, end):
        return "change", m.group().strip()
    m = _THRESHOLD_AFTER.match(text, q.end, min(end, q.end + 40)) \
        if _may(cue, "threshold_after") else None
    if m is not None:
        return "threshold", m.group().strip()
    m = (_THRESHOLD_BEFORE.search(text, max(start, q.start - 30), q.start)
         if _may(cue, "threshold") else None) or \
        (_PROPOSAL_BEFORE.search(text, max(start, q.start - 40), q.start)
         if _may(cue, "proposal") else None)
    if m is not None:
        return "threshold", m.group().strip()
    if q.kind in ("percent", "money"):
        m = _DEMAND_AFTER.match(text, q.end, end)
        if m is not None:
            return "threshold", m.group().strip()  # "the union's 9% claim": asked, not given
    # "X of the Y seats": X the part, Y the whole; "140 of the injured": a subset
    if k + 1 < len(qs) and qs[k + 1].kind == q.kind and \
            OF_NUMBER.fullmatch(text, q.end, qs[k + 1].start):
        few = _few_of(q, qs[k + 1])
        if (few and q.low is not None and q.low <= 10 and not any(c.isdigit() for c in q.text)) or \
                _SUBSET_VERB.search(text, max(start, q.start - 30), q.start):
            return "subset", text[q.start:qs[k + 1].end]  # "one of the 250,000"
        if few and _AT_CLAUSE_START.fullmatch(text, clause[0], q.start) and \
                not _OUT_OF.search(text, q.end, qs[k + 1].start):
            return "subset", text[q.start:qs[k + 1].end]  # "About 170 of the 43,000 caught"
        m = _PLACE_POSSESSIVE.search(text, q.end, qs[k + 1].start)
        if m is not None:
            return "local", m.group(1)  # "took 55 of the Northern Province's 59 seats"
        m = front["place"]
        if m is not None and q.start >= m.end():
            return "local", m.group().strip()  # "In the North, where it won 56 of the 59"
        return "part", text[q.start:qs[k + 1].end]
    if k > 0 and qs[k - 1].kind == q.kind and OF_NUMBER.fullmatch(text, qs[k - 1].end, q.start):
        x = qs[k - 1]
        if _EXCEPT_BEFORE.search(text, max(start, x.start - 20), x.start):
            return "total", text[x.start:q.end]  # "all bar three of its 59 seats"
        m = _CHANGE_BEFORE.search(text, max(start, x.start - 30), x.start)
        if m is not None and not _OUT_OF.search(text, x.end, q.start):
            return "earlier", text[m.start():q.end]  # "lost 13 of its 52 seats": 52 before
        few = _few_of(x, q)
        if ((few and x.low is not None and x.low <= 10 and not any(c.isdigit() for c in x.text)) or
                _SUBSET_VERB.search(text, max(start, x.start - 30), x.start) or
                (few and _AT_CLAUSE_START.fullmatch(text, clause[0], x.start))) and \
                not _OUT_OF.search(text, x.end, q.start):
            return "current", ""  # the group a few were picked out of is the figure
        return "total", text[x.start:q.end]
    m = front["of"]
    if m is not None and k > 0 and qs[0].start <= m.end() + 12 and qs[0].kind == q.kind:
        return "part", "of the " + qs[0].text  # "Of the 132 hostages, 118 were freed"
    if m is not None and q.start > m.end() and \
            not any(m.end() <= y.start < q.start for y in qs[:k] if y.kind == q.kind) and \
            _GROUP_THEN_COMMA.match(text, m.end(), q.start):
        return "subset", text[m.start():q.end].strip()  # "Of the dead, 15 were in carriage 3"
    if k > 0 and qs[k - 1].kind == "percent" and q.kind == "count" and \
            _SHARE_RESTATED.fullmatch(text, qs[k - 1].end, q.start):
        return "part", text[qs[k - 1].start:q.end]  # "14.2% of residents, or about 1.2m"
    summed = _SUM_OF_NEXT(text, qs, k)
    if summed:
        return "part", summed  # "Four plants will shut, two in Ohio and two in Europe": two
    if _SIZE_ADJECTIVE.match(text, q.end):
        return "total", text[q.start:q.end + 6]
    if k + 1 < len(qs) and qs[k + 1].kind == q.kind and \
            _WAS_NOW.search(text, q.end, qs[k + 1].start):
        return "earlier", "… and is now"
    a, b = clause
    m = _EARLIER_TIME.search(text, a, b) if _may(cue, "earlier_time") else None
    if m is not None and m.start() <= q.start < m.end() and q.kind == "duration":
        # "waited 42 days before telling customers": the length is the figure, no time of it
        m = _EARLIER_TIME.search(text, m.end(), b)
    if m is not None and m.end() <= q.start:
        prior = next((y for y in reversed(qs[:k]) if y.kind == q.kind and a <= y.start and
                      y.end <= m.start()), None)
        if prior is not None and m.start() - prior.end < q.start - m.end():
            m = None  # "6.8% higher than a year earlier and rents climbed 5.2%": 6.8%'s time
    if m is not None and m.start() >= q.end and any(
            y.kind == q.kind and q.end <= y.start and y.end <= m.start() for y in qs[k + 1:]):
        m = None  # "ran at 6.8% in February and peaked at 10.2% a year ago": 10.2%'s time
    if m is not None:
        aside = _ASIDE.search(text, a, b)
        if aside is not None and aside.start() <= m.start() < aside.end() and \
                not aside.start() <= q.start < aside.end():
            m = None  # the earlier time is the aside's, not the figure's
    if m is not None and \
            not (m.end() <= q.start and _TO_RIGHT_BEFORE.search(text, m.end(), q.start)) \
            and not (m.start() >= q.end and _COMPARED.search(text, q.end, m.start())):
        # not "jumped 41% from a year earlier to $4.1bn", nor "41%, well ahead of the same
        # point four years ago" (the time is the compared figure's)
        return "earlier", m.group()
    m = HAD_FORECAST.search(text, a, q.start) if _may(cue, "earlier_before") else None
    if m is not None and _cue_of_figure_before(text, qs, k, a, m.start()):
        m = None  # "beating the 45 million analysts had expected and lifting its share to
        # 14.6%": what was expected is the figure before the words
    if m is not None:  # "the bank had forecast growth of 1.6% ... and inflation of 2.6%"
        return "earlier", m.group()
    m = _PERIOD_CUE.search(text, a, b) if _may(cue, "period") else None
    if m is not None and (q.kind == "percent" or (
            0 <= m.start() - q.end < 25 and not any(q.end <= y.start < m.start() for y in qs))):
        return "period", m.group()  # not "earnings $34.20, +0.3% m/m": the level
    m = _FORECAST_CUE.search(text, a, q.start) if _may(cue, "forecast") else None
    if m is not None and _cue_of_figure_before(text, qs, k, a, m.start()) and \
            re.search(r"\band\b", text[m.end():q.start]):
        m = None  # "beating the 45 million analysts had expected and lifting its share to
        # 14.6%": the forecast is the 45 million's
    if m is not None:
        return "forecast", m.group()
    m = _FORECAST_AFTER.match(text, q.end, b)
    if m is not None:
        return "forecast", text[q.start:m.end()]
    if _may(cue, "future") and _may(cue, "from") and \
            _TO_RIGHT_BEFORE.search(text, max(start, q.start - 12), q.start) and (
            (k > 0 and qs[k - 1].kind == q.kind and
             _FROM_BEFORE.search(text, max(start, qs[k - 1].start - 8), qs[k - 1].start) and
             _TO_BETWEEN.fullmatch(text, qs[k - 1].end, q.start)) or
            (k + 1 < len(qs) and qs[k + 1].kind == q.kind and
             _TO_FROM_BETWEEN.fullmatch(text, q.end, qs[k + 1].start))):
        aux = _future_before(text, max(start, q.start - 220), q.start)
        if aux:  # "will open 14 routes and grow its fleet from 118 aircraft to 127"
            return "forecast", aux
    m = front["partial"]
    if m is not None and m.start() <= q.start:
        return "interim", m.group()  # "With 60% counted, ... 96 seats": both on the way
    for y in qs[:k]:
        if y.kind == "time" and a <= y.start and \
                _AT_TIME.search(text, max(a, y.start - 8), y.start) and \
                "when" not in text[max(a, y.start - 40):y.start].lower() and \
                "," not in text[y.end:q.start]:  # not "when the rockfall came at 2:40, 32 ..."
            return "interim", text[y.start - 3:y.end].strip()  # "turnout at 2 p.m. stood at 41%"
    if _may(cue, "so_far") and _SO_FAR.search(text, a, b) and qs[0].kind == "time" and \
            qs[0].start - start < 12:
        return "interim", "so far"  # a live entry: "09:30 The toll so far is 12"
    m = front["earlier"]
    if m is not None and not re.search(r"\bnow\b", text[a:b], re.I):
        return "earlier", m.group().strip()
    m = _NAME_PLACED_BEFORE.search(text, max(start, q.start - 60), q.start)
    if m is not None:  # "Calder second on 21", "led by China with $41.2 million, Britain with"
        return "local", next(g for g in m.groups() if g)
    m = _NAME_BRACKET.search(text, max(start, q.start - 40), q.start) if _may(cue, "(") else None
    if m is not None and len(_NAMED_BRACKETS.findall(text, start, end)) >= 2:
        return "local", m.group(1)  # "the Kell Islands (41.7% Yes), Harth (44.1%), Nolt ..."
    m = front["if"]
    if m is not None:
        return "forecast", m.group().strip()
    m = _SUM_CUE.search(text, a, b) if _may(cue, "sum") else None
    if m is not None and q.kind == "count":
        return "total", m.group().strip()  # "Confirmed and suspected together come to 12,000"
    if _may(cue, "rival") and _RELATIVE_WHICH.match(text, clause[0]):
        m = _RIVAL_NAMED.search(text, max(start, clause[0] - 60), clause[0])
        if m is not None:  # "second behind Sorenta, which shipped 52.1 million phones"
            return "local", m.group(1)
    m = front["member"]
    if m is not None and q.start >= m.start():
        if m.re is _WORST_HIT:  # "The worst affected were St Ansel's, where 11,200 ...,
            # Rookfield General (9,800)": each the one named nearest before it
            names = list(_CAPITAL_RUN.finditer(text, m.end(), q.start))
            return "local", names[-1].group() if names else text[m.end():q.start].strip(" ,(")
        return "local", text[start:m.start()].strip()  # "Port Selwyn ... had"
    m = front["place"]
    if m is not None and q.start >= m.end():
        return "local", m.group().strip()
    if k > 0 and qs[k - 1].kind == q.kind and _LISTED_WITH.fullmatch(text, qs[k - 1].end, q.start):
        prev = _role(text, start, end, clause, qs, k - 1, front, cue)
        if prev[0] == "earlier" and _may(cue, "earlier_before"):
            return prev  # "turned down two approaches: $31 a share in January and $34 in March"
    return "current", ""


_STAMP = re.compile(r"[\s*_]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}[:.]\d{2}"
                    r"(?:\s*[ap]\.?m\.?)?[\s*_]+", re.I)


def _fronts(text: str, start: int, end: int, cue: frozenset[str] | None = None
            ) -> dict[str, re.Match[str] | None]:
    """What a sentence's opening says of all its figures, found once per sentence (after
    a live entry's time: "01:55 In the Northern Province ..."). `cue`: `cues` of the
    sentence, to skip the searches it rules out."""
    stamp = _STAMP.match(text, start, end)
    if stamp is not None:
        start = stamp.end()
    return {"since": _SINCE_WHEN.search(text, start, end) if _may(cue, "since_when") else None,
            "of": _FRONT_OF.match(text, start, end),
            "partial": _PARTIAL_COUNT.search(text, start, end) if _may(cue, "with") else None,
            "poll": _ON_THE_WAY.search(text, start, end) if _may(cue, "on_the_way") else None,
            "earlier": _FRONT_EARLIER.match(text, start, end),
            "place": _FRONT_PLACE.match(text, start, end) or _FRONT_AREA.match(text, start, end),
            "if": _FRONT_IF.match(text, start, end) if _may(cue, "if") else None,
            "contrast": _CONTRAST.search(text, start, min(end, start + 80))
            if _may(cue, "contrast") else None,
            "member": _member(text, start, end) if _may(cue, "member") else None}


def _member(text: str, start: int, end: int) -> re.Match[str] | None:
    """"Port Selwyn ... had the highest rate of its nine force areas, with 88.6", "River
    Counties is the only force area where crime fell": one member of a set, named before
    it (group 1), not "It was the highest of the year"."""
    m = _MEMBER.search(text, start, end)
    if m is None or not any(w.group() not in _NOT_NAMES
                            for w in _CAPITALISED.finditer(text, start, m.start())):
        return _WORST_HIT.search(text, start, end)
    return m


# the members of a set named after it: "The worst affected were St Ansel's, where 11,200
# ..., Rookfield General (9,800) and ..."
_RELATIVE_WHICH = re.compile(r"(?:which|who)\b")
# a rival named before an aside: "behind Sorenta, which ...", "unlike Garrow, which ..."
_RIVAL_NAMED = re.compile(r"\b(?:behind|ahead\s+of|than|unlike|rivals?|competitors?|against|"
                          r"overtaking|overtook|beating|beat)\s+(?:the\s+)?"
                          r"((?:[A-Z][\w'’.&-]*\s*){1,4}),?\s*$")
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*")
_WORST_HIT = re.compile(r"\b(?:worst|hardest|most\s+badly|most)[- ](?:hit|affected)\s+(?:were|was|are|"
                        r"is|included?|includes)\s+(?=[A-Z])")


# one member of a set: "the highest rate of its nine force areas", "the only area where"
_MEMBER = re.compile(r"\bthe\s+(?:(?:second|third)[- ])?(?:highest|lowest|largest|smallest|biggest|"
                     r"worst|best|fastest|slowest|most|fewest)\b[\w\s'’-]{0,30}?\b(?:of|among)\s+"
                     r"(?:its|the|their|all|our)\s+(?:[\w-]+\s+){0,2}[a-z]+s\b|"
                     r"\bthe\s+only\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+(?:where|that|which|to)\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’]+")
_NOT_NAMES = frozenset("""It This That They He She We The But And In On At Its Their Our
    A An So Yet Now Then Still Again""".split())
# a name with its place or its share of a whole, right before the number: a results list
# ("Veland top with nine golds ..., Calder second on 21") or a breakdown ("led by China with
# $41.2 million, Britain with $14.8 million and Japan with $9.1 million")
# a list of names, each with its figure in brackets: "Harth (44.1%), Nolt (46.6%) and ..."
_NAME_BRACKET = re.compile(r"(?-i:\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))\s*\(\s*$")
_NAMED_BRACKETS = re.compile(r"(?-i:\b[A-Z][\w'’.-]*)\s*\(\s*[$€£]?\d[\d.,]*\s*%?(?:\s+[A-Za-z]+)?\s*\)")
_NAME_PLACED_BEFORE = re.compile(
    r"(?-i:\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))\s+(?:top|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|last|next)\s+(?:on|with)\s+$|"
    r"(?:\bled\s+by|,|\band)\s+(?-i:([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))\s+with\s+$|"
    r"\b(?:followed\s+by|led\s+by|ahead\s+of)\s+(?-i:([a-z][\w-]*(?:\s+[a-z][\w-]*)?))\s+with\s+$|"
    r"\b(?:followed|led)\s+by\s+[^.;]{1,60}?\band\s+(?-i:([a-z][\w-]*(?:\s+[a-z][\w-]*)?))\s+"
    r"with\s+$")
# the sum of two things named together: "Confirmed and suspected together come to 12,000"
_SUM_CUE = re.compile(r"\b[a-z]+\s+(?:and|plus)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:together|combined)\b|"
                      r"\b(?:a|their)\s+combined\s+(?:total\s+)?(?:of\s+)?|\bthe\s+combined\s+total\b",
                      re.I)
# "Rival Skyhaven, by contrast, is cutting 20 routes": another's figures
_CONTRAST = re.compile(r",\s*(?:by|in)\s+contrast\s*,", re.I)
# "If that holds, the Alliance could have around 170 seats": what would be, not what is
_FRONT_IF = re.compile(r"\s*[\"“]?(?:If|Should|Unless)\s[^.;]{3,120}?,", re.I)


def _is_count_change(text: str, q: Quantity, qs: Sequence[Quantity], k: int, end: int) -> bool:
    """"lost 13 of its 52 seats", "up one seat to 8", "gained 17": a change of a count (not
    "lost 1,900 homes" where the verb is the fact's own)."""
    if k + 1 < len(qs) and _CHANGE_TO_AFTER.match(text, q.end, qs[k + 1].start + 1):
        return True  # "up one seat to 8"
    if k + 1 < len(qs) and OF_NUMBER.fullmatch(text, q.end, qs[k + 1].start):
        return True  # "lost 13 of its 52 seats"
    return text[max(0, q.start - 12):q.start].lower().rstrip().endswith(("up", "down"))


def years_of(*texts: str) -> frozenset[int]:
    """The calendar years written in a fact's claim and context."""
    out = set()
    for t in texts:
        for m in re.finditer(r"\b(?:19|20)\d\d\b", t):
            out.add(int(m.group()))
    return frozenset(out)


def is_year_text(s: str) -> bool:
    return _YEAR_TEXT.match(s.strip()) is not None


def earlier_cue(term_text: str) -> bool:
    """A `context` term that places the fact in an earlier period ("a year earlier")."""
    return _EARLIER_TIME.search(term_text) is not None or \
        re.search(r"\b(?:previous|prior|earlier|last\s+(?:election|parliament|time|year))\b",
                  term_text, re.I) is not None


def forecast_cue(term_text: str) -> bool:
    return _FORECAST_CUE.search(term_text) is not None
