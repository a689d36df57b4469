"""The visit summary prints the patient's words as they wrote them: every piece of user text is escaped."""

from datetime import date, datetime, timedelta

from painlog.domain.checkin import CheckIn
from painlog.domain.therapy import Dose, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.report.document import summary_html
from painlog.report.summary import build_summary

TODAY = date.today()
MARKUP = '<img src="x.png"><b>BIG</b> & co'
ESCAPED = "&lt;img src=&quot;x.png&quot;&gt;&lt;b&gt;BIG&lt;/b&gt; &amp; co"


def test_every_piece_of_user_text_is_escaped_in_the_summary(diary):
    start = TODAY - timedelta(days=29)
    pills = diary.therapies.add(Therapy("medication", f"{MARKUP} pills", "gabapentin"),
                                Regimen(0, start + timedelta(days=10), dose_amount=300, dose_unit="mg",
                                        times_per_day=2, instructions=MARKUP))  # fmt: skip
    for offset in range(30):
        diary.checkins.save(CheckIn(start + timedelta(days=offset), 5, 4, 4, 6))
    diary.checkins.save(CheckIn(TODAY, 5, 4, 4, 6, note=f"note {MARKUP}", for_doctor=True))
    diary.doses.add(Dose(pills.id, datetime.combine(TODAY, datetime.min.time()), 300, "mg"))
    diary.side_effects.add(SideEffect(TODAY, f"effect {MARKUP}", "mild", pills.id))
    diary.visits.save(Visit(TODAY + timedelta(days=3), "Dr Reyes", (f"question {MARKUP}",)))
    diary.goals.save(Goal(f"goal {MARKUP}", start))
    summary = build_summary(diary, start, TODAY, made=TODAY, patient=f"patient {MARKUP}")
    html = summary_html(summary, 600)
    assert 'src="x.png"' not in html and "<b>BIG</b>" not in html
    for words in ("note", "effect", "question", "goal", "patient"):
        assert f"{words} {ESCAPED}" in html, words
    assert f"{ESCAPED} pills" in html
