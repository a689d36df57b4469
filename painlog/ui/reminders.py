"""What the window does with the prompts painlog's timer says are due: the daily reminder (a notification, a
banner with Fill in today and Snooze one hour), the question after an as-needed dose (a notification, a banner
that opens the dose on its pain afterwards), the tray that keeps painlog running for them, and the first-run
question. The deciding is in painlog.prompting; this forwards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from painlog.domain.therapy import Dose
from painlog.prompting import Prompts
from painlog.storage.errors import DiaryError
from painlog.storage.therapies import TherapyRepository
from painlog.ui import dialogs
from painlog.ui.desktop_notice import Tray, tray_available
from painlog.ui.plain_text import plain_label
from painlog.ui.prompt_timer import PromptTimer
from painlog.ui.style import set_font
from painlog.ui.words import tr
from painlog.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from painlog.report.sources import DiarySource
    from painlog.ui.main_window import MainWindow

REMINDER_TEXT = QT_TR_NOOP("How was today? One minute in painlog")
FOLLOW_UP_TEXT = QT_TR_NOOP("How is your pain now, after {medicine}?")


class Banner(QFrame):
    """A sentence at the top of the window with a button or two beside it."""

    def __init__(self, name: str, buttons: list[tuple[str, Callable[[], object]]]) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(name)
        set_font(self.text, bold=True, grow=1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        for title, act in buttons:
            button = QPushButton(title)
            button.clicked.connect(act)
            layout.addWidget(button)
            self.buttons.append(button)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class Reminders(QObject):
    def __init__(self, window: MainWindow, prompts: Prompts, timer: PromptTimer, tray: Tray,
                 therapies: TherapyRepository) -> None:  # fmt: skip
        super().__init__(window)
        self._window = window
        self._therapies = therapies
        self.prompts = prompts
        self.timer = timer
        self.tray = tray
        self.follow_up_dose: Dose | None = None
        self.reminder_banner = Banner(tr("Daily reminder"), [(tr("Fill in today"), self.open_today),
                                                             (tr("Snooze one hour"), self.snooze)])  # fmt: skip
        self.fill_in_button, self.snooze_button = self.reminder_banner.buttons
        self.follow_up_banner = Banner(tr("After an as-needed dose"), [(tr("Add the pain now…"), self._add_pain),
                                                                       (tr("Not now"), self._not_now)])  # fmt: skip
        self.add_pain_button = self.follow_up_banner.buttons[0]
        timer.reminder_due.connect(self.show_reminder)
        timer.ticked.connect(self._still_today)
        timer.follow_up_due.connect(self.ask_follow_up)
        tray.open_requested.connect(window.bring_back)
        tray.snooze_requested.connect(self.snooze)
        tray.quit_requested.connect(window.quit_painlog)

    @classmethod
    def for_window(cls, window: MainWindow, repositories: DiarySource, now: Callable[[], datetime]) -> Reminders:
        """The prompts over the window's diary, on painlog's one timer (started once the window is up)."""
        prompts = Prompts(repositories.settings, repositories.checkins, repositories.doses, now,
                          quiet=window.read_only)  # fmt: skip
        timer = PromptTimer(prompts, window)
        made = cls(window, prompts, timer, Tray(window), repositories.therapies)
        window.today_page.saved.connect(lambda _day: made.day_saved())
        QTimer.singleShot(0, made, made.start)
        return made

    def start(self) -> None:
        if self._window.isVisible() or self._window.in_tray:  # not a window closed meanwhile
            self.settings_changed()
            self.timer.start()

    def banners(self) -> list[QWidget]:
        return [self.reminder_banner, self.follow_up_banner]

    def settings_changed(self) -> None:
        """The reminder turned on or off: painlog stays in the tray for it, or no longer."""
        self.tray.keep(self._window.in_tray or self._reminding())
        if not self.prompts.reminder_wanted():
            self._reminder_done()

    def _reminding(self) -> bool:
        """The reminder is on, and this painlog gives it (a read-only one leaves that to the one with the diary)."""
        return not self.prompts.quiet and self.prompts.reminder().on

    def keeps_running(self) -> bool:
        """Closing the window hides it in the tray: the reminder is on and the tray shows painlog's icon."""
        return self._reminding() and self.tray.keep(True)

    def start_in_tray(self) -> bool:
        """`painlog --background`: only the tray icon, no window; False where there is no tray (the window shows)."""
        if self.prompts.quiet or not self.tray.keep(True):
            return False
        self._window.in_tray = True
        return True

    # ----- the daily reminder --------------------------------------------------------------------------

    def show_reminder(self) -> None:
        text = tr.known(REMINDER_TEXT)
        self.reminder_banner.say(text)
        self.tray.show_snooze(True)
        self.tray.notify(self._window, "painlog", text, self.open_today)

    def open_today(self) -> None:
        """The reminder clicked: the window, on today's page."""
        self._window.bring_back()
        self._window.open_day(self.timer.now().date())

    def snooze(self) -> None:
        self.prompts.snooze()
        self._reminder_done()

    def _still_today(self) -> None:
        """A reminder left showing past midnight goes: it asked about yesterday."""
        if not self.reminder_banner.isHidden() and not self.prompts.reminder_showing_today():
            self._reminder_done()

    def day_saved(self) -> None:
        """A day was saved: once today is recorded, the reminder has nothing more to ask."""
        if not self.prompts.reminder_wanted():
            self._reminder_done()

    def _reminder_done(self) -> None:
        self.reminder_banner.hide()
        self.tray.show_snooze(False)

    # ----- after an as-needed dose ---------------------------------------------------------------------

    def ask_follow_up(self, dose: Dose) -> None:
        try:
            medicine = self._therapies.get(dose.therapy_id).name
        except DiaryError:
            return
        text = tr.known(FOLLOW_UP_TEXT).format(medicine=medicine)
        self.follow_up_dose = dose
        self.follow_up_banner.say(text)
        self.tray.notify(self._window, "painlog", text, lambda: self.add_pain_after(dose))

    def add_pain_after(self, dose: Dose) -> None:
        """The question clicked: the dose's own dialog, on its pain afterwards."""
        window = self._window
        window.bring_back()
        if self.follow_up_dose == dose:
            self._not_now()
        window.show_page(window.today_page)
        window.today_page.medications.add_pain_after(dose)

    def _add_pain(self) -> None:
        if self.follow_up_dose is not None:
            self.add_pain_after(self.follow_up_dose)

    def _not_now(self) -> None:
        self.follow_up_dose = None
        self.follow_up_banner.hide()

    # ----- the tray and the first start ----------------------------------------------------------------

    def tell_about_tray(self) -> None:
        """The window goes to the tray: the first time, the patient is told how painlog goes on and how to quit
        (while the window still shows, so the message has it as its parent)."""
        if not self.prompts.tray_told():
            dialogs.show_still_running(self._window)
            self.prompts.told_about_tray()

    def ask_first_run(self) -> None:
        """On the first start with the window, once: a daily reminder, yes or no, and at what time."""
        if not self._window.isVisible() or self.prompts.quiet or self.prompts.reminder_asked():
            return
        from painlog.ui.reminder_question import ReminderQuestionDialog

        answer = ReminderQuestionDialog.ask(self._window, self.prompts.reminder().at, tray_available())
        if answer is not None:
            self.prompts.set_reminder(*answer)
            self.settings_changed()
