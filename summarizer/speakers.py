"""People in a text: who has spoken or been named so far, so pronouns and roles resolve.

Shared by the Chinese and the English speaker finders (speakers_zh, speakers_en).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from summarizer.literal import literal_starts
from summarizer.speakers_zh_foreign import normal as dotted

_NOT_NAMES = frozenset(
    """The A An This That These Those It In On At For But And Or If When While As So Yet Then There Here
    What Who Why How We I You They He She His Her Our Their Its After Before During Since Until Although
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Last Next Earlier Later Today Yesterday Many Some Most
    Correction Update Note Editor Photo Caption Source Like Unlike With From By Of To About Over Under Despite
    Through Without Within Among Across Per Via Once Because Although Though Unless Whether Where Even Only Just
    Both Each Every All No Not Also Meanwhile However Instead Indeed Still Already Now Former New Several Few
    Such Other Another Both Either Neither Whatever Whoever Amid Against Toward Towards Into Onto Upon""".split()
)


# A full name as the subject of what follows: "filmmaker Charlie McDowell, also remembers",
# "Jessie Buckley performs".
_FULL_NAME_RE = re.compile(
    r"(?<![\w’'])([A-Z][a-z]+)\s(?:[A-Z]\.\s)?([A-Z][\w’'\-]+)(?![\w’'])"
    r"(?=,|\s(?:\([^)]*\),?\s)?(?:also\s|still\s|now\s)?(?:is|was|has|had|who|[a-z]+ed|remembers|says|agrees|recalls"
    r"|laughs|performs|works|thinks|believes|explains|adds|notes"
    r"|spoke|met|took|gave|made|sat|went|came|led|wrote|told|became|began|won|left|held|sold|bought|stood|saw)\b)"
)


_PREPOSITIONS = frozenset("at of for from with by in on to into about".split())
_PERSON_TITLES = frozenset(
    """leader investor founder co-founder president analyst executive director chairman chairwoman minister
    spokesman spokeswoman spokesperson economist strategist manager officer chief head lawyer attorney professor
    senator governor mayor partner trader reporter editor author singer actor actress filmmaker coach ceo cfo
    researcher scientist secretary ambassador commissioner councillor councilor councilman councilwoman alderman
    skipper fisherman farmer grower rancher chef nurse pilot captain teacher doctor""".split()
)
_HONORIFICS = frozenset((
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Lord", "Lady", "Dame", "Sen", "Gov", "Rep", "Gen",
    "Judge", "Justice", "Mayor", "Senator", "Governor", "President", "Chancellor", "King", "Queen", "Prince",
    "Princess", "Pope", "Father", "Saint", "Madam", "Mister", "Uncle", "Aunt",
))
_FIRST_NAME_RE = re.compile(r"\b[A-Z][a-z]+\s(?=([\w’'\-]+))")
_BOUNDARY_RE = re.compile(r"\b")
_ORG_WORDS = frozenset(
    """research institute university college school group bank company corporation inc corp council committee
    commission agency association foundation center centre partners capital holdings news times post journal
    review press media labs party department ministry office police court energy motors resources systems
    technologies pharmaceuticals airlines mining metals stores foods therapeutics""".split()
)


_BEFORE_WORD_RE = re.compile(r"(?<![\w’'\-.])([A-Z][a-z]+)\s$")


def _middle_named(text: str, head: int, first: str) -> str:
    """"Penelope Muse" before "Abernathy": so "Abernathy reported" is Penelope Muse Abernathy, not "Muse
    Abernathy". Not a title, a place or an organisation in front ("Prime Minister Habib Essid")."""
    m = _BEFORE_WORD_RE.search(text, max(0, head - 24), head)
    if m is None or not re.fullmatch(r"[A-Z][a-z]+", first) or any(
            w in _NOT_NAMES or w in _HONORIFICS or w.lower() in _PERSON_TITLES or w.lower() in _ORG_WORDS
            for w in (m.group(1), first)):
        return first
    # Only after a title or a preposition ("survey by Penelope Muse Abernathy", "Judge Amy Berman Jackson"): after
    # other words the first may be a title ("said Superintendent Jennifer McCormick", "Representative Joan Whitley").
    before = re.search(r"(?:^|\s)([A-Za-z]+)\s$", text[max(0, m.start() - 24):m.start()])
    word = before.group(1) if before else ""
    ok = word in _HONORIFICS or word.lower() in _PERSON_TITLES or word.lower() in ("by", "of", "from", "with", "for", "to")
    return f"{m.group(1)} {first}" if ok else first


_CONJUNCTION_TITLE_RE = re.compile(r"^(?:and|but|or|while)\s+(?:(?:its|their)\s+)?(?=\w)")


def _without_conjunction(title: str | None) -> str | None:
    """"…, and its chief executive, Alan Brooks, says": the clause's "and its" is no part of his title."""
    return _CONJUNCTION_TITLE_RE.sub("", title) if title else title


def _title_modifier(words: list[str]) -> bool:
    """"finance" in "finance chief", "opposition" in "opposition leader": a lower-case word that
    qualifies the title right after it, and belongs to the title."""
    return (len(words) > 1 and words[1].rstrip(",").lower() in _PERSON_TITLES and words[0].isalpha() and words[0].islower()
            and words[0] not in (*_PREPOSITIONS, "a", "an", "the", "and", "or", "which", "who", "whom", "whose", "that"))


_TIME_CLAUSE = r"(?:By the time|When|Once|After|Before|While|Until)\s"


# "Whitlow and the singer Nora Pelling first met …": two people as the subject of a sentence.
_PAIR_SUBJECT_RE = re.compile(
    r"\s*(?:[Tt]he\s)?(?:(?P<first_title>[A-Za-z\-]+)\s)?(?:[A-Z][a-z]+\s)?(?P<first>[A-Z][\w’'\-]+)"
    r"\s(?:and|&)\s(?:the\s|her\s|his\s)?(?:(?P<second_title>[a-z\-]+)\s)?(?:[A-Z][a-z]+\s)?(?P<second>[A-Z][\w’'\-]+)"
    r"\s(?:[a-z]+ly\s|first\s|also\s|both\s|later\s)?(?:[a-z]+ed|met|spoke|wrote|sang|began|went|made|took|came|were|have|had)\b")


def _is_subject(sentence: str, key: str, spaced: bool) -> bool:
    """Whether `key` is named at the head of a clause, as the one who acts."""
    if spaced:
        # "Pelling, who had not sung in years, worried …" and "By the time Pelling learned …, she was":
        # the one a following he/she is about, past a relative clause or as a time clause's subject.
        return bool(re.search(rf"(?:^|[,;]\s|^\s*(?:[A-Z]\w*\s){{0,3}}|^\s*{_TIME_CLAUSE})(?:[A-Z][\w.’'\-]*\s)?{re.escape(key)}"
                              rf"(?:,\s\d{{1,3}},|,\swho\s[^.;!?“”]{{3,160}}?,)?\s[a-z]", sentence))
    # "而经常去联民村工作的桑先生，…", "小温母亲李女士则表示": at the head of a clause, or after
    # words that describe them; not "成了陈校长急需解决的难题" or "给陈校长写信".
    for start in literal_starts(key, sentence):
        end = start + len(key)
        if re.match(r"[的之和与及、等]", sentence[end:end + 1]):
            continue
        clause = re.split(r"[，,；;。：:！？]", sentence[:start])[-1].strip()
        if not clause or clause.endswith("的") or clause in ("而", "但", "据", "则", "对此", "随后", "同时", "其中") \
                or re.search(r"(?:母亲|父亲|妻子|丈夫|儿子|女儿|教练|总裁|董事长|经理|主任|院长|教授|专家|负责人|发言人"
                             r"|总监|校长|记者|员|长|师)$", clause):
            return True
    return False


# "The executive is unfazed.", "But the analyst remains cautious": a title as the subject of a sentence.
_ROLE_SUBJECT_RE = re.compile(r"\s*(?:But\s|Yet\s|And\s|Still,\s)?[Tt]he\s(?:[a-z\-]+\s)?([a-z]+)\s"
                              r"(?:is|was|has|had|remains|remained|seems|seemed|insists|disagrees)\b")


# "the CEO" is the person introduced as "chief executive of Acme", and the other way round.
_ROLE_SYNONYMS = {
    "ceo": ("ceo", "chief executive"), "chief": ("chief",), "executive": ("executive", "ceo"),
    "cfo": ("cfo", "chief financial"), "cto": ("cto", "chief technology"),
    "spokesman": ("spokes",), "spokeswoman": ("spokes",), "spokesperson": ("spokes",),
    "chairman": ("chair",), "chairwoman": ("chair",), "founder": ("founder",),
    "analyst": ("analyst",), "economist": ("economist",), "governor": ("governor", "gov."),
    "senator": ("senator", "sen."), "president": ("president",), "minister": ("minister",),
}


# People a text keeps in mind for pronouns, roles and surnames: the most recently named.
# A news story names a few dozen at most; a text of thousands of distinct speakers would
# otherwise make every sentence compare against all of them (time in the square of its length).
MAX_PEOPLE = 64


@dataclass(slots=True)
class Person:
    """A speaker. `kind` is "person" (named), "role" (unnamed: 销售负责人, the analyst) or "org".

    `seen` is where in the joined text the person was last named or quoted (for
    "the governor": the nearest one with that title); `introduced` is where they
    were first presented, with a title or as a speaker (for he/she: someone
    presented after the last quote takes over from its speaker).
    """

    name: str
    title: str | None
    kind: str = "person"
    seen: int = -1
    introduced: int = -1
    subject: int = -1  # where they were last the subject of a sentence
    gender: str | None = None  # "m" or "f" once a he/she or a title (actress, son) told it


def same_person(known: str, name: str) -> bool:
    """"Cooper" is "Angela Cooper"; "梅里" and "加兰" are "梅里克·加兰"; "李强" is not "李强生"."""
    known, name = dotted(known), dotted(name)  # "拉加德" is "克里斯蒂娜•拉加德" too
    if known == name:
        return True
    if " " in known or " " in name:
        return name in known.split() or known in name.split()
    shorter, longer = sorted((known, name), key=len)
    # "汉森" is "戴夫·汉森" too: a transliterated name by its family name.
    return len(shorter) >= 2 and "·" in longer and (longer.startswith(shorter) or longer.endswith("·" + shorter))


@dataclass(slots=True)
class Context:
    """People seen so far, so pronouns and surnames resolve to a named speaker."""

    people: list[Person] = field(default_factory=list)
    mentioned: list[Person] = field(default_factory=list)
    # Person names jieba tagged (nr) in the joined text: (start, word, previous word).
    names: list[tuple[int, str, str]] = field(default_factory=list)
    text: str = ""
    position: int = 0  # where the sentence being read starts in `text`
    sentence: int = 0  # index of the sentence being read
    previous_position: int = 0  # where the sentence before starts
    # The last quote attributed to someone: (sentence index, speaker), and whether a
    # sentence that is neither quote nor attribution came after it.
    last_quote: tuple[int, Person] | None = None
    last_quote_position: int = -1
    pending: Person | None = None  # "…分析：" ended a sentence: the next one is what they said
    stranger: tuple[int, str] = (-1, "")  # where someone not known by name was last the subject
    narrative: bool = False
    # Where the first quote of the English sentence being read starts: someone presented as the subject
    # before it ("By the time Pelling learned …, she was surprised: “…,” she said") is whom its he/she means.
    quote_at: int = -1
    paired: int = -1  # where two people were last the subject together ("Whitlow and Pelling met …")
    # Built on first use: for each capitalised word that follows a first name in `text` ("Mark
    # Zuckerberg"), where and after which first names it stands.
    full_names: dict[str, list[tuple[int, str]]] | None = None

    def names_in(self, start: int, end: int) -> list[tuple[int, str, str]]:
        first = bisect.bisect_left(self.names, (start, "", ""))
        result = []
        for item in self.names[first:]:
            if item[0] + len(item[1]) > end:
                break
            result.append(item)
        return result

    def remember(self, name: str, title: str | None, kind: str = "person") -> Person:
        title = _without_conjunction(title)
        for person in self.people:
            if same_person(person.name, name) and (person.kind == "org") == (kind == "org"):
                if len(name) > len(person.name):
                    person.name = name  # "梅里" then "梅里克·加兰": keep the full name
                if title and not person.title:
                    person.title = title
                self.people.remove(person)
                self.people.append(person)
                person.seen = max(person.seen, self.position)
                return person
        introduced = self.position
        for known in reversed(self.mentioned):
            if kind == "person" and name in (known.name, known.name.split()[-1], dotted(known.name).split("·")[-1]):
                name, title, introduced = known.name, title or known.title, known.introduced
                break
        person = Person(name, title, kind, self.position, introduced)
        self.people.append(person)
        if len(self.people) > MAX_PEOPLE:
            del self.people[0]  # the one named or quoted longest ago
        return person

    def last(self, gender: str | None = None, at: int | None = None) -> Person | None:
        """He / she / 他 / 她: whoever was presented since the last quote, else that quote's
        speaker, else the nearest person named; never an organisation. With `gender` ("m" for
        he, "f" for she), someone known to be the other is never the answer: then only the
        nearest person known to be that gender is. `at` (where the pronoun stands) lets someone
        presented earlier in the same sentence count ("经理李晓梅则持不同看法，她认为…")."""
        if at is None and self.quote_at > self.position:
            at = self.quote_at
        person = self._last(at)
        if person is not None and person.gender is None:  # one named and one quoted: the same person
            person.gender = next((p.gender for p in self.people + self.mentioned if p.name == person.name and p.gender), gender_of(person.name))
        if gender is None or person is None or person.gender in (None, gender):
            if person is not None and gender is not None:
                person.gender = gender
            return person
        known = [p for p in self.people + self.mentioned
                 if p.kind != "org" and p.gender == gender and 0 <= p.seen <= self.position]
        return max(known, key=lambda p: p.seen) if known else None

    def _last(self, at: int | None = None) -> Person | None:
        speaker = None
        since = -1
        if self.last_quote is not None and self.last_quote[1].kind != "org":
            speaker, since = self.last_quote[1], self.last_quote_position
        everyone = [p for p in self.people + self.mentioned if p.kind != "org"]
        upto = self.position if at is None else max(self.position, at)
        newer = [p for p in everyone if since < p.introduced <= upto]
        latest = max(newer, key=lambda p: p.introduced) if newer else None
        at, stranger = self.stranger
        if at > max(since, latest.introduced if latest else -1) and not any(
                stranger in p.name.split() for p in everyone) or self.paired > max(
                since, latest.introduced if latest else -1):
            return None  # someone we cannot name, or one of two, is the subject now
        if latest is not None:
            return latest
        if speaker is not None:
            return speaker
        earlier = [p for p in everyone if 0 <= p.seen <= self.position]
        return max(earlier, key=lambda p: p.seen) if earlier else None

    def spoke(self, person: Person | None, sentence: int | None = None, end: int | None = None) -> None:
        """A quote of the current sentence (ending in sentence `sentence`, at `end`) went to `person`.

        People named up to `end` were named with that quote, not presented after it."""
        if person is not None:
            self.last_quote = (max(self.sentence, sentence or 0), person)
            self.last_quote_position = max(self.position, end or 0)
            self.narrative = False

    def narrated(self) -> None:
        """The current sentence neither quotes nor attributes: a quote after it needs its own speaker."""
        if self.last_quote is None or self.last_quote[0] < self.sentence:  # not where a quote ended
            self.narrative = True

    def continuing(self, content: str = "") -> Person | None:
        """The speaker of a quote with no attribution of its own.

        It continues the quote just before when only quotes and attributions came
        in between, or it belongs to the one person the sentence before introduced
        ("而经常去联民村工作的桑先生，对此十分不解。" then “……”). Otherwise, and
        never for an organisation, the quote is left out rather than guessed.
        """
        if self.last_quote is not None and not self.narrative:
            person = self.last_quote[1]
            # “…,” the airline said in a statement. “…”: the statement goes on, right after it.
            adjacent = self.last_quote[0] >= self.sentence - 1
            return person if person.kind != "org" or adjacent else None
        introduced = [p for p in self.people + self.mentioned
                      if p.kind != "org" and self.previous_position <= p.subject < self.position]
        names = {p.name for p in introduced}
        if len(names) != 1:
            return None
        person = introduced[0]
        # “他跟年轻人不耻下问……” right after a sentence about 潘老 is said about him, not by him.
        if re.match(r"\s*(?:他|她|He\b|She\b|he\b|she\b)", content) or person.name.split()[-1] in content:
            return None
        return person

    def touch(self, sentence: str, start: int, spaced: bool) -> None:
        """A sentence that names a known person again brings them nearest for "the CEO";
        as the subject of the sentence ("As it turned out, Steenburgen had spent …"), it
        presents them again for he/she."""
        for person in self.people + self.mentioned:
            if person.kind != "person":
                continue
            key = person.name.split()[-1] if spaced else person.name
            at = sentence.find(key)
            if at < 0 or (spaced and not re.search(rf"\b{re.escape(key)}\b", sentence)):
                continue
            person.seen = max(person.seen, start + at)
            if _is_subject(sentence, key, spaced):
                person.introduced = max(person.introduced, start + at)
                person.subject = max(person.subject, start + at)
        if spaced:
            self.quote_at = start + sentence.find("\x00") if "\x00" in sentence else -1
            if (pair := _PAIR_SUBJECT_RE.match(sentence)) and self._two_people(pair):
                self.paired = start + pair.start("second")
            # "The executive is unfazed. She said …": the one known by that title is the subject again.
            role = _ROLE_SUBJECT_RE.match(sentence)
            holder = self.by_role(role.group(1)) if role and role.group(1).lower() in _PERSON_TITLES else None
            if holder is not None:
                holder.introduced = holder.subject = holder.seen = max(holder.seen, start + role.start(1))
            # "Buckley, who hadn’t sung in years, worried …": someone we cannot name whole is the
            # subject now, so a "she said" after it is not anyone we know.
            # ("She said Pinewood would open …": a name in what the pronoun's speaker said is no one new.)
            m = re.match(r"\s*(?:(?!(?:He|She|They|We|I)\s(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|argued|argues|insisted|believes|thinks)\b)[A-Z][a-z]+\s(?:[a-z]+\s){0,3},?\s?)?([A-Z][\w’'\-]+)(?:,\s(?:who|a|an|the)\s|,\s\d{1,3},\s|\s(?:[a-z]+ed|still|also|has|had|was|is|laughs|says|said|told|will|would)\b)",
                         sentence)
            if m and m.group(1) not in _NOT_NAMES and not any(
                    m.group(1) in p.name.split() for p in self.people + self.mentioned):
                full = self.full_name(m.group(1))
                first = sentence[m.start():m.start(1)].strip()
                if full is None and re.fullmatch(r"[A-Z][a-z]+", first) and first not in _NOT_NAMES \
                        and first.rstrip(".") not in _HONORIFICS and f"{first}." not in _HONORIFICS:
                    full = f"{first} {m.group(1)}"  # "Daniel Okoye, who runs rival Ferrant Energy, disagreed."
                if full:  # "Brandt, 52, will take over" after "named Sofia Brandt": she is presented again
                    self.mention(full, None, start + m.start(1))
                else:
                    self.stranger = (start + m.start(1), m.group(1))
            # "Steenburgen’s son, filmmaker Charlie McDowell, also remembers": a full name we have not
            # met is someone a later he/she may be about.
            for full in _FULL_NAME_RE.finditer(sentence):
                first, last_name = full.group(1), full.group(2)
                before = sentence[:full.start()].split()[-1:] or [""]
                if first in _NOT_NAMES or before[0][:1].isupper() and before[0].rstrip(",").lower() not in _PERSON_TITLES \
                        or before[0].lower() in _PREPOSITIONS or last_name.lower() in _ORG_WORDS or any(
                        last_name in p.name.split() for p in self.people + self.mentioned):
                    continue
                if before[0].rstrip(",").lower() in _PERSON_TITLES:
                    # "Opposition leader Karen Holt was unconvinced.", "Her finance chief, Owen Marsh,
                    # remembers": a person, presented with a title.
                    # "Marlow Insurance chief executive Helen Sato": the words of the title and its
                    # employer, back from the name to the first word that is neither.
                    back = sentence[:full.start()].split()[-5:]
                    words = []
                    for word in reversed(back):
                        if (not words and word.endswith(",")  # "Her finance chief, Owen Marsh"
                                or word.lower() in _PERSON_TITLES or word[:1].isupper() and word not in _NOT_NAMES
                                and word.isalpha() or _title_modifier([word, *words])):
                            words.insert(0, word)
                        else:
                            break
                    self.mention(f"{first} {last_name}", " ".join(words).rstrip(",") or None, start + full.start(),
                                 words=sentence[max(0, full.start() - 40):full.start()])
                    continue
                self.stranger = max(self.stranger, (start + full.start(2), last_name))

    def _two_people(self, pair: re.Match[str]) -> bool:
        """Both names of "Whitlow and the singer Nora Pelling met …" are people a he/she could mean:
        known by that surname, or presented with a title; not two of known different genders."""
        genders = []
        for side in ("first", "second"):
            name = pair.group(side)
            known = [p for p in self.people + self.mentioned if p.kind == "person" and name in p.name.split()]
            titled = (pair.group(f"{side}_title") or "").strip().lower() in _PERSON_TITLES
            if not known and not titled or name.lower() in _ORG_WORDS or name in _NOT_NAMES:
                return False
            genders.append(known[-1].gender if known and known[-1].gender else gender_of(pair.group(f"{side}_title") or ""))
        return not (genders[0] and genders[1] and genders[0] != genders[1])

    def _full_name_index(self) -> dict[str, list[tuple[int, str]]]:
        """Built once per text: searching the text before every quote again took time in the
        square of its length (45 s for 200,000 characters of short quotes)."""
        if self.full_names is None:
            index: dict[str, list[tuple[int, str]]] = {}
            for m in _FIRST_NAME_RE.finditer(self.text):
                word, start, first = m.group(1), m.start(1), m.group(0).rstrip()
                head = m.start()
                while head > 0 and (self.text[head - 1].isalnum() or self.text[head - 1] in "’'-"):
                    head -= 1  # "De’Broski Herbert": the whole first name
                first = self.text[head:m.start()] + first
                first = _middle_named(self.text, head, first)
                # Every prefix that ends at a word boundary, as a search for "\bSurname\b" finds it.
                for k in range(1, len(word) + 1):
                    if _BOUNDARY_RE.match(self.text, start + k):
                        seen = index.setdefault(word[:k], [])
                        if len(seen) < 8 and first not in (f for _, f in seen):
                            seen.append((start + k, first))
            self.full_names = index
        return self.full_names

    def named_in_full(self, surname: str) -> bool:
        """Whether `surname` followed a first name ("Mark Zuckerberg") before the current sentence."""
        seen = self._full_name_index().get(surname, ())
        return bool(seen) and seen[0][0] <= self.position

    def shared_surname(self, surname: str) -> bool:
        """Whether two people with different first names ("Anna Wright", "Paul Wright") stood
        before this surname: a bare "Wright said" then does not say which of them spoke."""
        firsts = {first for end, first in self._full_name_index().get(surname, ())
                  if end <= self.position and first not in _NOT_NAMES
                  and first.lower() not in _PERSON_TITLES and first not in _HONORIFICS
                  and not first.endswith(("ing", "ed"))}  # "Hosting Cook at Dreamforce": a verb, no first name
        return len(firsts) > 1 and re.fullmatch(r"[A-Z][a-z][\w\-]*", surname) is not None

    def full_name(self, surname: str) -> str | None:
        """"Eli Marsh" for "Marsh", when one first name only stood before that surname so far."""
        firsts = {first for end, first in self._full_name_index().get(surname, ())
                  if end <= self.position and first not in _NOT_NAMES}
        return f"{firsts.pop()} {surname}" if len(firsts) == 1 and re.fullmatch(r"[A-Z][a-z][\w\-]*", surname) else None

    def by_role(self, role: str) -> Person | None:
        """"the governor", "the analyst": the nearest person named before with that title, if any."""
        keys = _ROLE_SYNONYMS.get(role.lower(), (role.lower()[:5],))
        # ("The spokesperson, who declined to be named," after "a spokesperson for the regulator said":
        # the one known only by that role.)
        holders = sorted((person for person in self.people + self.mentioned if person.seen <= self.position and (
                          person.kind == "person" and person.title and any(key in person.title.lower() for key in keys)
                          or person.kind == "role" and any(key in person.name.lower() for key in keys))),
                         key=lambda p: p.seen)
        if len(holders) > 1 and holders[-2].name != holders[-1].name and not re.search(
                r"[.!?。！？](?:\s|$)", self.text[holders[-2].seen:holders[-1].seen]):
            return None  # "Energy Minister Voss and Finance Minister Reid": which minister is unsure
        return holders[-1] if holders else None

    def mention(self, name: str, title: str | None, at: int | None = None, words: str = "") -> None:
        """Someone named with a title but not (yet) speaking: "Gov. Eric Holcomb"."""
        title = _without_conjunction(title)
        at = self.position if at is None else at
        for person in self.people + self.mentioned:
            if person.kind == "person" and same_person(person.name, name):
                person.seen = max(person.seen, at)
                if not person.title or title and person.title.rstrip(".") in _HONORIFICS:
                    person.title = title  # "Dr. Omar Lutz, the state epidemiologist": what he is, not "Dr."
                return
        self.mentioned.append(Person(name, title, "person", at, at, gender=gender_of(f"{words} {title or ''}")))
        if len(self.mentioned) > MAX_PEOPLE:
            self.mentioned.remove(min(self.mentioned, key=lambda p: p.seen))

    def known_in(self, text: str) -> Person | None:
        best = None
        best_pos = -1
        for person in self.people:
            pos = text.rfind(person.name)
            if pos > best_pos:
                best, best_pos = person, pos
        return best


_MALE_RE = re.compile(r"\b(?:son|father|husband|brother|actor|chairman|spokesman|businessman|Mr\.?|he)\b|先生$")  # (温先生)
_FEMALE_RE = re.compile(r"\b(?:daughter|mother|wife|sister|actress|chairwoman|spokeswoman|businesswoman|Ms\.?|Mrs\.?|she)\b|(?:女士|小姐|太太|夫人)$")


def gender_of(words: str) -> str | None:
    """"Steenburgen’s son, filmmaker" -> "m"; "the actress", "李女士" -> "f"; otherwise unknown."""
    male, female = bool(_MALE_RE.search(words)), bool(_FEMALE_RE.search(words))
    return "m" if male and not female else "f" if female and not male else None


def last_visible(text: str, position: int) -> str:
    """The last character before `position` that is not white space ("" if none): what
    text[:position].rstrip() ends with, without copying the text before every mark."""
    i = position
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


# "a person familiar with the matter told Reuters", "two sources close to the talks said": unnamed, by
# what they know; the whole phrase is the speaker (groups as speakers_en's unnamed roles: phrase, noun).
UNNAMED_SOURCE_RE = re.compile(
    r"(?:^|,\s)((?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s(?:[\w\-]+\s){0,2}?"
    r"(person|people|source|sources|official|officials|executive|executives|insider|insiders)"
    r"\s(?:familiar\swith|close\sto|briefed\son|with\s(?:direct\s)?knowledge\sof|involved\sin)(?:\s[\w\-’']+){1,4})$"
)
