"""People in a text: who has spoken or been named so far, so pronouns and roles resolve.

Shared by the Chinese and the English speaker finders (speakers_zh, speakers_en).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

@dataclass(slots=True)
class Person:
    name: str
    title: str | None


def same_person(known: str, name: str) -> bool:
    """"Cooper" is "Angela Cooper"; "梅里" is "梅里克·加兰"; "李强" is not "李强生"."""
    if known == name:
        return True
    if " " in known or " " in name:
        return name in known.split() or known in name.split()
    shorter, longer = sorted((known, name), key=len)
    return len(shorter) >= 2 and "·" in longer and longer.startswith(shorter)


@dataclass(slots=True)
class Context:
    """People seen so far, so pronouns and surnames resolve to a named speaker."""

    people: list[Person] = field(default_factory=list)
    mentioned: list[Person] = field(default_factory=list)
    # Person names jieba tagged (nr) in the joined text: (start, word, previous word).
    names: list[tuple[int, str, str]] = field(default_factory=list)
    text: str = ""
    position: int = 0  # where the sentence being read starts in `text`

    def names_in(self, start: int, end: int) -> list[tuple[int, str, str]]:
        first = bisect.bisect_left(self.names, (start, "", ""))
        result = []
        for item in self.names[first:]:
            if item[0] + len(item[1]) > end:
                break
            result.append(item)
        return result

    def remember(self, name: str, title: str | None) -> Person:
        for person in self.people:
            if same_person(person.name, name):
                if len(name) > len(person.name):
                    person.name = name  # "梅里" then "梅里克·加兰": keep the full name
                if title and not person.title:
                    person.title = title
                self.people.remove(person)
                self.people.append(person)
                return person
        for known in reversed(self.mentioned):
            if known.name.split()[-1] == name or known.name == name:
                name, title = known.name, title or known.title
                break
        person = Person(name, title)
        self.people.append(person)
        return person

    def last(self) -> Person | None:
        return self.people[-1] if self.people else None

    def by_role(self, role: str) -> Person | None:
        """"the governor": the person with that title mentioned most often so far (latest on a tie)."""
        role = role.lower()
        seen = self.text[:self.position]
        best, best_score = None, (-1, -1)
        for order, person in enumerate(self.people + self.mentioned):
            if person.title and role[:3] in person.title.lower():
                score = (seen.count(person.name.split()[-1]), order)
                if score > best_score:
                    best, best_score = person, score
        return best or self.last()

    def mention(self, name: str, title: str) -> None:
        """Someone named with a title but not (yet) speaking: "Gov. Eric Holcomb"."""
        self.mentioned.append(Person(name, title))

    def known_in(self, text: str) -> Person | None:
        best = None
        best_pos = -1
        for person in self.people:
            pos = text.rfind(person.name)
            if pos > best_pos:
                best, best_pos = person, pos
        return best

