"""The demo's therapies, matching its pain story: what was prescribed, when it changed, what was taken.

A scheduled anticonvulsant raised once, an as-needed opioid for flares (with pain before and after), a
topical, a finished course of physical therapy, an ongoing psychological therapy, an epidural steroid
injection with the relief reported two weeks later, side effects, three visits (one to come) and two goals.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from painlog.demo import procedures as procedure_story
from painlog.demo.days import clamp
from painlog.domain.follow_ups import FollowUp
from painlog.domain.schedule import due_on
from painlog.domain.stimulator_trial import Trial, TrialDay
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit

SKIP_REASONS = ("forgot", "felt dizzy", "ran out, collected the refill the next day", "upset stomach")
CLINICIAN = "Dr Amara Reyes"


@dataclass
class DemoTherapy:
    """A therapy with its history; therapy ids are filled in when it is written."""

    therapy: Therapy
    regimens: list[Regimen] = field(default_factory=list)
    procedures: list[Procedure] = field(default_factory=list)
    doses: list[Dose] = field(default_factory=list)
    side_effects: list[SideEffect] = field(default_factory=list)
    blocks: dict[int, procedure_story.BlockStory] = field(default_factory=dict)  # by index in `procedures`
    follow_ups: dict[int, list[FollowUp]] = field(default_factory=dict)  # by index in `procedures`
    trials: list[tuple[Trial, list[TrialDay]]] = field(default_factory=list)


@dataclass
class TherapyStory:
    start: date
    end: date
    therapies: dict[str, DemoTherapy] = field(default_factory=dict)
    visits: list[Visit] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def at(self, fraction: float, least: int = 0) -> date:
        return self.start + timedelta(days=max(least, int(self.days * fraction)))

    @property
    def gabapentin_raise(self) -> date:
        return self.at(0.35, 21)

    @property
    def injection(self) -> date:
        return self.at(0.6)

    @property
    def trial(self) -> date:
        """A week's stimulator trial for the leg pain, while the pain is still high."""
        return self.at(0.28)

    @property
    def blocks(self) -> tuple[date, date]:
        """Two medial branch blocks for the back pain, a week apart, before the epidural injection."""
        return self.at(0.4), self.at(0.44)

    @property
    def ablation(self) -> date:
        return self.at(0.5)

    def pain_effect(self, day: date) -> float:
        """Relief during the stimulator trial; a modest fall once the raised gabapentin dose has settled in
        (about two weeks), and another once the ablation has taken effect (relief starts within 2–4 weeks)."""
        trial = -3.0 if 0 <= (day - self.trial).days < len(procedure_story.TRIAL_DAYS) else 0.0
        gabapentin = -1.0 if day >= self.gabapentin_raise + timedelta(days=14) else 0.0
        return trial + gabapentin + (-1.0 if day >= self.ablation + timedelta(days=14) else 0.0)

    def add_day(self, rng: random.Random, day: date, level: float) -> None:
        """The doses of one day: scheduled intakes (a few missed or skipped) and as-needed doses on bad days."""
        for key, times in (("gabapentin", (8, 14, 21)), ("diclofenac", (9, 15, 21))):
            demo = self.therapies.get(key)
            regimen = next((r for r in demo.regimens if r.active_on(day)), None) if demo else None
            if demo is None or regimen is None:
                continue
            miss = 0.08 if key == "gabapentin" else 0.3
            for hour in times[: due_on(regimen, day)]:
                roll = rng.random()
                at = datetime.combine(day, time(hour, rng.choice((0, 5, 10, 20, 30))))
                if roll < 0.03:
                    demo.doses.append(Dose(0, at, skipped=True, skip_reason=rng.choice(SKIP_REASONS)))
                elif roll >= miss:
                    demo.doses.append(Dose(0, at, regimen.dose_amount, regimen.dose_unit))
        oxycodone = self.therapies.get("oxycodone")
        if oxycodone and oxycodone.regimens[0].active_on(day) and level >= 6.0 and rng.random() < 0.6:
            for hour in sorted(rng.sample(range(9, 22), rng.choice((1, 1, 2)))):
                before = clamp(level + 0.5 + rng.random())
                after = max(0, before - rng.choice((1, 2, 2, 3, 3, 4))) if rng.random() < 0.75 else None
                at = datetime.combine(day, time(hour, rng.choice((0, 15, 30, 45))))
                oxycodone.doses.append(Dose(0, at, 5, "mg", prn=True, pain_before=before, pain_after=after))


def story(start: date, end: date) -> TherapyStory:
    """The therapies, visits and goals of the demo period; anything that would start after `end` is left out."""
    plan = TherapyStory(start, end)

    def add(key: str, therapy: Therapy, begins: date) -> DemoTherapy | None:
        if begins > end:
            return None
        plan.therapies[key] = DemoTherapy(therapy)
        return plan.therapies[key]

    raise_day = plan.gabapentin_raise
    if gabapentin := add("gabapentin", Therapy("medication", "Gabapentin", "gabapentin", "nerve pain in the left leg",
                                               CLINICIAN), plan.at(0, 7)):  # fmt: skip
        first = Regimen(0, plan.at(0, 7), dose_amount=300, dose_unit="mg", route="oral", times_per_day=3)
        if raise_day <= end:
            first = dataclasses.replace(first, end=raise_day - timedelta(days=1))
            gabapentin.regimens.append(first)
            gabapentin.regimens.append(Regimen(0, raise_day, dose_amount=600, dose_unit="mg", route="oral",
                                               times_per_day=3, instructions="with food"))  # fmt: skip
            gabapentin.side_effects += [
                SideEffect(raise_day + timedelta(days=3), "Dizzy for an hour after the evening dose", "mild"),
                SideEffect(raise_day + timedelta(days=10), "Drowsy in the mornings", "moderate"),
            ]
        else:
            gabapentin.regimens.append(first)
    if diclofenac := add("diclofenac", Therapy("medication", "Diclofenac 1% gel", "diclofenac", "lower back",
                                               CLINICIAN), plan.at(0, 14)):  # fmt: skip
        diclofenac.regimens.append(Regimen(0, plan.at(0, 14), dose_amount=4, dose_unit="g", route="topical",
                                           times_per_day=3, instructions="rub into the lower back"))  # fmt: skip
    oxy_start = max(raise_day, plan.at(0, 30))
    if oxycodone := add("oxycodone", Therapy("medication", "Oxycodone IR", "oxycodone", "flares", CLINICIAN),
                        oxy_start):  # fmt: skip
        oxycodone.regimens.append(Regimen(0, oxy_start, dose_amount=5, dose_unit="mg", route="oral", prn=True,
                                          max_per_day=4, instructions="only for bad flares"))  # fmt: skip
        oxycodone.side_effects.append(SideEffect(min(end, oxy_start + timedelta(days=9)), "Constipation", "moderate"))
    pt_start = plan.at(0, 20)
    if physio := add("physio", Therapy("physical_therapy", "Physical therapy", target="core and hip strength",
                                       prescriber="Sam Okafor, physiotherapist"), pt_start):  # fmt: skip
        pt_end = pt_start + timedelta(weeks=8)
        finished = pt_end <= end
        physio.regimens.append(Regimen(0, pt_start, pt_end if finished else None, sessions_per_week=2,
                                       instructions="home exercises daily",
                                       stop_reason="finished" if finished else None))  # fmt: skip
    if cbt := add("cbt", Therapy("psychological", "CBT for chronic pain", target="coping and sleep",
                                 prescriber="Dr Lena Varga, psychologist"), plan.at(0.5)):  # fmt: skip
        cbt.regimens.append(Regimen(0, plan.at(0.5), sessions_per_week=1))
    if esi := add("esi", Therapy("injection", "Epidural steroid injection", target="L4–L5, left leg pain",
                                 prescriber=CLINICIAN), plan.injection):  # fmt: skip
        judged = datetime.combine(plan.injection + timedelta(days=14), time(10, 0))
        relief = 60 if judged.date() <= end else None
        esi.procedures.append(Procedure(0, plan.injection, "L4–L5 interlaminar, left", relief,
                                        judged if relief is not None else None))  # fmt: skip
        esi.follow_ups[0] = procedure_story.follow_ups(plan.injection, "injection", end)
    first_block, second_block = plan.blocks
    if mbb := add("mbb", Therapy("nerve_block", "Medial branch block", target="L4–L5 facet joints, right",
                                 prescriber=CLINICIAN), first_block):  # fmt: skip
        for day, pains, anaesthetic, late in ((first_block, procedure_story.FIRST_BLOCK, "lidocaine", {}),
                                              (second_block, procedure_story.SECOND_BLOCK, "bupivacaine",
                                               procedure_story.SECOND_LATE)):  # fmt: skip
            if day <= end:
                mbb.blocks[len(mbb.procedures)] = procedure_story.block_story(day, pains, anaesthetic, late)
                mbb.procedures.append(Procedure(0, day, "L4–L5 medial branches, right"))
    if rfa := add("rfa", Therapy("radiofrequency_ablation", "Radiofrequency ablation",
                                 target="L4–L5 facet joints, right", prescriber=CLINICIAN), plan.ablation):  # fmt: skip
        rfa.procedures.append(Procedure(0, plan.ablation, "L4–L5 medial branches, right"))
        rfa.follow_ups[0] = procedure_story.follow_ups(plan.ablation, "radiofrequency_ablation", end)
    if scs := add("scs", Therapy("neuromodulation", "Spinal cord stimulator", target="left leg pain",
                                 prescriber=CLINICIAN), plan.trial):  # fmt: skip
        scs.trials.append(procedure_story.trial_story(plan.trial, end))

    for demo in plan.therapies.values():
        demo.side_effects = [effect for effect in demo.side_effects if effect.day <= end]
    plan.visits.append(Visit(plan.at(0, 3), CLINICIAN, ("Is there anything stronger than paracetamol?",),
                             "Start gabapentin 300 mg three times a day and diclofenac gel; refer to physical "
                             "therapy."))  # fmt: skip
    if raise_day <= end:
        plan.visits.append(Visit(raise_day, CLINICIAN, ("The leg pain still wakes me at night — what next?",),
                                 "Raise gabapentin to 600 mg three times a day; oxycodone 5 mg as needed for bad "
                                 "flares (at most 4 a day); book an epidural steroid injection at L4–L5."))  # fmt: skip
    plan.visits.append(Visit(end + timedelta(days=10), CLINICIAN, (
        "Is the numbness in my left foot something to worry about?",
        "Could the injection be repeated when it wears off?",
        "Can I take all the gabapentin at night to avoid the morning drowsiness?",
    )))  # fmt: skip
    plan.goals.append(Goal("Walk 20 minutes without stopping", plan.at(0, 3)))
    slept = plan.injection + timedelta(days=20)
    plan.goals.append(Goal("Sleep through the night", plan.at(0, 3), *(("achieved", slept) if slept <= end else ())))
    return plan
