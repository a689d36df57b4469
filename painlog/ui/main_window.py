"""The main window: navigation on the left, one page at a time, the diary's actions in the menus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from painlog import __version__
from painlog.domain import clock
from painlog.ui import dialogs, read_only
from painlog.ui.focus_ring import show_focus_rings
from painlog.ui.page_list import PageList
from painlog.ui.page_scroll import PageScroll
from painlog.ui.style import running_app, set_font
from painlog.ui.tab_order import tab_in_reading_order
from painlog.ui.today_page import TodayPage
from painlog.ui.view_settings import ViewSettings
from painlog.ui.words import EXPORT_WORDS, tr
from painlog.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from painlog.report.sources import DiarySource
    from painlog.session import DiarySession
    from painlog.ui.coping_page import CopingPage
    from painlog.ui.file_actions import FileActions
    from painlog.ui.history_page import HistoryPage
    from painlog.ui.therapies_page import TherapiesPage
    from painlog.ui.trends_page import TrendsPage
    from painlog.ui.visits_page import VisitsPage

TODAY, HISTORY, TRENDS, THERAPIES, VISITS, COPING = 0, 1, 2, 3, 4, 5
KEYBOARD = (  # how the keyboard moves; Help ▸ Keyboard adds every menu command's shortcut
    QT_TR_NOOP("Tab, Shift+Tab: the next or the previous control, in reading order"),
    QT_TR_NOOP("Alt and an underlined letter: open a menu"),
    QT_TR_NOOP(
        "A 0–10 question: type the number (1 then 0 for 10), arrows, Home, End; Delete clears an optional answer"
    ),
    QT_TR_NOOP(
        "A date: type it whole (2026-11-20) and press Return; Up and Down change it by a day; F4 opens the calendar"
    ),
    QT_TR_NOOP("Space: press the button or tick the box that has the ring around it"),
)
EXPORT_LETTERS = {"csv": "spreadsheet", "json": "everything", "fhir": "health"}  # each export's Alt letter


def with_letter(title: str, word: str) -> str:
    """A menu title whose Alt letter is the first of `word` (the title unchanged if the word is not in it)."""
    return title.replace(word, "&" + word, 1)


def without_letter(title: str) -> str:
    """A menu title as read, without the & that marks its letter ("&&" is a real &)."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")


class MainWindow(QMainWindow):
    rebuild_requested = Signal(str)  # the diary was replaced (a restore): build the window again

    def __init__(
        self,
        repositories: DiarySource,
        *,
        diary_path: Path,
        session: DiarySession | None = None,
        today: Callable[[], date] = clock.today,
        now: Callable[[], datetime] = clock.now,
    ) -> None:
        super().__init__()
        tab_in_reading_order(running_app())  # also when the window is built without apply_style
        show_focus_rings(running_app())
        self._session = session
        self._asking = True
        self.read_only = session is not None and session.read_only
        # The diary's name; the system adds the application's own ("diary — painlog"), so it is not repeated here.
        name = diary_path.stem
        self.setWindowTitle(tr("{name} (read-only)").format(name=name) if self.read_only else name)
        self._repositories = repositories
        self.view = ViewSettings(repositories.settings, self)
        self.view.apply()  # colours and text size first, so the pages are built in them
        self._today = today
        self.today_page = TodayPage(
            repositories.checkins, repositories.episodes, repositories.therapies, repositories.doses, today=today
        )
        self.today_page.saved.connect(self._diary_changed)
        if self.read_only:
            self.today_page.set_read_only()
        self._build_coping()
        self._build_prompts(now)
        self._build_procedure_diaries()

        # Pages other than Today are built the first time they are opened, to keep start-up quick.
        self._builders: list[Callable[[], QWidget]] = [
            lambda: self.today_page,
            self._build_history,
            self._build_trends,
            self._build_therapies,
            self._build_visits,
            self._build_coping_page,
        ]
        self._built: dict[int, QWidget] = {TODAY: self.today_page}
        self.navigation = PageList()
        set_font(self.navigation, grow=2)
        self.navigation.setSpacing(4)
        self.navigation.setAccessibleName(tr("Pages"))
        self.pages = QStackedWidget()
        titles = [tr("Today"), tr("History"), tr("Trends"), tr("Therapies"), tr("Visits & goals"), tr("How I'm coping")]
        self.navigation.add_pages(titles)
        for index in range(len(titles)):
            self.pages.addWidget(self._built.get(index) or QWidget())
        self.navigation.currentRowChanged.connect(self._go_to)
        self.navigation.setCurrentRow(TODAY)

        central = QWidget()
        outer = QVBoxLayout(central)
        if self.read_only:
            self.banner = read_only.banner()
            outer.addWidget(self.banner)
        for banner in self.reminders.banners():
            outer.addWidget(banner)
        layout = QHBoxLayout()
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menus()
        if self.read_only:
            for item in (self.save_action, self.flare_action, self.as_needed_action, self.side_effect_action,
                         self.restore_action, self.import_action):  # fmt: skip
                item.setEnabled(False)
        self._build_view_menu()
        self.statusBar().showMessage(
            tr("Read-only: another painlog has {path} open; changes are made there.").format(path=diary_path)
            if self.read_only
            else tr("Diary: {path}").format(path=diary_path)
        )
        self.view.place(self)

    def _build_prompts(self, now: Callable[[], datetime]) -> None:
        """painlog's one timer for what it brings up by itself, its tray icon, and the window's side of them."""
        from painlog.ui.reminders import Reminders

        self.in_tray = False  # the window is hidden while painlog runs in the tray
        self._quitting = False
        self.reminders = Reminders.for_window(self, self._repositories, now)
        self.prompt_timer, self.tray = self.reminders.timer, self.reminders.tray

    def _build_procedure_diaries(self) -> None:
        """Procedure diaries: Today's offers, and block sheets still open shown again once the window is up."""
        from painlog.ui.procedure_diaries import ProcedureDiaries
        from painlog.ui.procedure_offers import ProcedureOffers

        repositories = self._repositories
        store = repositories.procedure_diaries  # type: ignore[attr-defined]
        self.procedure_diaries = ProcedureDiaries(store, repositories.therapies, repositories.checkins,
                                                  scheduler=self.prompt_timer, tray=self.tray, today=self._today,
                                                  window=self)  # fmt: skip
        self.procedure_diaries.read_only = self.read_only
        self.procedure_offers = ProcedureOffers(self.procedure_diaries)
        self.prompt_timer.ticked.connect(self.procedure_offers.check_day)  # open overnight: the new day's offers
        self.today_page.show_above_form(self.procedure_offers)
        self.procedure_diaries.changed.connect(self._procedure_diary_changed)
        QTimer.singleShot(0, self, self.procedure_diaries.open_sheets)

    def _procedure_diary_changed(self) -> None:
        if THERAPIES in self._built:
            self.therapies_page.reload()
        self._diary_changed()

    def _build_view_menu(self) -> None:
        """Colours and text size, before Help."""
        help_menu = self.menuBar().actions()[-1]
        self.view_menu = self.view.menu(self)
        self.menuBar().insertMenu(help_menu, self.view_menu)
        self.view_menu.addSeparator()
        self.settings_action = self.view_menu.addAction(tr("Se&ttings…"))  # S is "Like the &system"
        self.settings_action.triggered.connect(self.edit_settings)
        self.settings_action.setEnabled(not self.read_only)

    def _build_menus(self) -> None:
        def action(
            title: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: Callable[..., object]
        ) -> QAction:
            item = QAction(title, self)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            return item

        self.save_action = action(tr("&Save this day"), QKeySequence.StandardKey.Save, self._save)
        self.flare_action = action(tr("Log a &flare…"), "Ctrl+L", self._log_flare)
        self.today_action = action(tr("Go to &today"), "Ctrl+T", lambda: self.open_day(self._today()))
        self.previous_day_action = action(tr("P&revious day"), "Alt+Left", lambda: self._step_day(-1))
        self.next_day_action = action(tr("&Next day"), "Alt+Right", lambda: self._step_day(1))
        self.as_needed_action = action(tr("Took an &as-needed dose…"), "Ctrl+D", self._as_needed_dose)
        self.side_effect_action = action(tr("Report a side &effect…"), None, self._side_effect)
        self.summary_action = action(tr("&Visit summary…"), QKeySequence.StandardKey.Print, self.visit_summary)
        self.quit_action = action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit_painlog)  # not to the tray
        about_action = action(tr("&About painlog"), None, self._about)
        self.keys_action = action(tr("&Keyboard"), QKeySequence.StandardKey.HelpContents, self._show_keys)

        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addAction(self.summary_action)
        file_menu.addSeparator()
        if self._session is not None:
            self.backup_action = action(tr("&Back up now"), None, lambda: self.files.backup_now())
            self.restore_action = action(tr("&Restore a backup…"), None, self._restore)
            self.import_action = action(tr("&Import…"), None, lambda: self.files.import_())
            self.export_actions = {
                kind: action(
                    with_letter(tr.known(title), EXPORT_LETTERS[kind]),
                    None,
                    lambda _checked=False, k=kind: self.files.export(k),
                )  # fmt: skip
                for kind, (title, _, _) in EXPORT_WORDS.items()
            }
            for item in (self.backup_action, self.restore_action, self.import_action, *self.export_actions.values()):
                file_menu.addAction(item)
            file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        diary_menu = self.menuBar().addMenu(tr("&Diary"))
        for item in (self.save_action, self.flare_action, self.as_needed_action, self.side_effect_action,
                     self.today_action, self.previous_day_action, self.next_day_action):  # fmt: skip
            diary_menu.addAction(item)
        go_menu = self.menuBar().addMenu(tr("&Go"))  # each page by Ctrl and its number in the list
        self.page_actions = []
        for index in range(self.navigation.count()):
            title = self.navigation.item(index).text()
            item = action(f"&{index + 1} {title.replace('&', '&&')}", f"Ctrl+{index + 1}",
                          lambda _=False, i=index: self._page_by_key(i))  # fmt: skip
            go_menu.addAction(item)
            self.page_actions.append(item)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self.keys_action)
        help_menu.addAction(about_action)

    def _page(self, index: int) -> QWidget:
        if index not in self._built:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the Trends page loads matplotlib
            try:
                page = self._builders[index]()
            finally:
                QApplication.restoreOverrideCursor()
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, PageScroll(page))  # scrolls on a small screen
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[index] = page
        return self._built[index]

    def _go_to(self, index: int) -> None:
        if index == TODAY:
            self.today_page.medications.load(self.today_page.day)  # therapies may have changed elsewhere
            self.coping_offers.refresh()
            self.procedure_offers.reload()
        self._page(index)
        self.pages.setCurrentIndex(index)

    def current_page(self) -> QWidget:
        """The page shown (not the scroll area around it)."""
        return self._built[self.pages.currentIndex()]

    @property
    def history_page(self) -> HistoryPage:
        return self._page(HISTORY)  # type: ignore[return-value]

    @property
    def trends_page(self) -> TrendsPage:
        return self._page(TRENDS)  # type: ignore[return-value]

    @property
    def therapies_page(self) -> TherapiesPage:
        return self._page(THERAPIES)  # type: ignore[return-value]

    @property
    def visits_page(self) -> VisitsPage:
        return self._page(VISITS)  # type: ignore[return-value]

    @property
    def coping_page(self) -> CopingPage:
        return self._page(COPING)  # type: ignore[return-value]

    def _build_coping(self) -> None:
        """The questionnaires' work, shared by Today's offers and the How I'm coping page."""
        from painlog.ui.coping_actions import Coping
        from painlog.ui.coping_offers import CopingOffers

        self.coping = Coping(self._repositories, today=self._today, read_only=self.read_only, parent=self)  # type: ignore[arg-type]
        self.coping.said.connect(self._say)
        self.coping_offers = CopingOffers(self.coping)
        self.coping_offers.taking.connect(lambda: self.show_page(self.coping_page))
        column = self.today_page.layout()
        assert isinstance(column, QBoxLayout)
        column.insertWidget(1, self.coping_offers)  # under the day's title, above its form

    def _build_coping_page(self) -> QWidget:
        from painlog.ui.coping_page import CopingPage

        page = CopingPage(self.coping)
        page.settings_button.clicked.connect(self.edit_settings)
        return page

    def edit_settings(self) -> None:
        from painlog.ui.coping_actions import system_country
        from painlog.ui.settings_dialog import SettingsDialog

        said = SettingsDialog.edit(self, self._repositories.settings, system_country())
        if said is not None:
            self.reminders.settings_changed()
            self._say(*said)

    def _build_history(self) -> QWidget:
        from painlog.ui import history_page

        repositories = self._repositories
        page = history_page.HistoryPage(repositories.checkins, repositories.episodes, today=self._today)
        page.open_day.connect(self.open_day)
        return page

    def _build_trends(self) -> QWidget:
        from painlog.ui import trends_page

        page = trends_page.TrendsPage(self._repositories, today=self._today)
        page.open_day.connect(self.open_day)
        page.open_therapies.connect(lambda: self.show_page(self.therapies_page))
        return page

    def _build_therapies(self) -> QWidget:
        from painlog.ui import therapies_page

        repositories = self._repositories
        page = therapies_page.TherapiesPage(repositories.therapies, repositories.side_effects, today=self._today,
                                            diaries=self.procedure_diaries)  # fmt: skip
        page.changed.connect(self._therapies_changed)
        if self.read_only:
            page.set_read_only()
        return page

    def _build_visits(self) -> QWidget:
        from painlog.ui import visits_page

        page = visits_page.VisitsPage(self._repositories.visits, self._repositories.goals, today=self._today)
        page.summary_button.clicked.connect(self.visit_summary)
        if self.read_only:
            page.set_read_only()
        return page

    def show_page(self, page: QWidget) -> None:
        index = next(index for index, built in self._built.items() if built is page)
        self.navigation.setCurrentRow(index)

    def _page_by_key(self, index: int) -> None:
        """Show a page, with the keyboard's focus in the page list (Tab goes on into the page)."""
        self.navigation.setCurrentRow(index)
        self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step_day(self, days: int) -> None:
        self.show_page(self.today_page)
        self.today_page.open_day(self.today_page.day + timedelta(days=days))

    def keys_text(self) -> str:
        """The keys, as Help ▸ Keyboard lists them: how to move, then every menu command with its shortcut."""
        lines = [tr.known(line) for line in KEYBOARD]
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for item in menu.actions() if isinstance(menu, QMenu) else []:
                if not item.shortcut().isEmpty():
                    keys = item.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    lines.append(f"{keys}: {without_letter(item.text()).rstrip('…')}")
        return "\n".join(lines)

    def _show_keys(self) -> None:
        dialogs.show_keys(self, self.keys_text())

    def open_day(self, day: date) -> None:
        self.show_page(self.today_page)
        self.today_page.open_day(day)

    def _save(self) -> None:
        self.show_page(self.today_page)
        self.today_page.save()

    def _log_flare(self) -> None:
        self.show_page(self.today_page)
        self.today_page.log_flare()

    def visit_summary(self) -> None:
        from painlog.ui.summary_dialog import SummaryDialog

        if self.today_page.can_leave():  # the summary should include what was just entered
            SummaryDialog.open_for(self, self._repositories, today=self._today())

    def _as_needed_dose(self) -> None:
        self.show_page(self.today_page)
        self.today_page.medications.log_as_needed()

    def _side_effect(self) -> None:
        self.show_page(self.therapies_page)
        self.therapies_page.report_side_effect()

    def _diary_changed(self, _day: object = None) -> None:
        if HISTORY in self._built:
            self.history_page.mark_stale()
        if TRENDS in self._built:
            self.trends_page.mark_stale()
        self.today_page.recorded_days_changed()

    def _therapies_changed(self) -> None:
        self.today_page.medications.load(self.today_page.day)
        self.procedure_offers.reload()
        self._diary_changed()

    @cached_property
    def files(self) -> FileActions:
        """The File menu's work, built the first time it is used (it is not needed to show the window)."""
        from painlog.ui.file_actions import FileActions

        assert self._session is not None  # the File menu is built only with a session
        files = FileActions(self._session, self)
        files.said.connect(self._say)
        files.diary_changed.connect(self._everything_changed)
        files.restored.connect(self._restored)
        return files

    def ask_missed_days(self) -> None:
        """A moment after start-up (app.py): the days missing since the last entry, at most once a day; a day
        chosen to fill in opens in Today's editor. Not in a read-only window, nor once the window has closed."""
        if self.read_only or not self.isVisible():
            return
        from painlog.ui.missed_days import ask_on_opening

        repositories = self._repositories
        day = ask_on_opening(self, repositories.checkins, repositories.settings, self._today())
        self._diary_changed()  # days may have been marked "didn't record"
        if day is not None:
            self.open_day(day)

    def auto_backup(self) -> None:
        """The daily backup, run a moment after start-up (in the tray too); not once the window has closed."""
        if self._session is not None and (self.isVisible() or self.in_tray):
            self.files.auto_backup()

    def _say(self, text: str, ok: bool) -> None:
        self.statusBar().showMessage(text, 0 if not ok else 15000)
        if not ok:
            dialogs.show_error(self, tr("painlog"), text)

    def _restore(self) -> None:
        if self.today_page.can_leave():
            self.files.restore()

    def _restored(self, message: str) -> None:
        self.rebuild_requested.emit(message)

    def _everything_changed(self) -> None:
        self.today_page.refresh()
        self._therapies_changed()
        if THERAPIES in self._built:
            self.therapies_page.reload()
        if VISITS in self._built:
            self.visits_page.reload()

    def close_without_asking(self) -> None:
        """Close after the diary was replaced: nothing unsaved belongs to the new diary."""
        self._asking = False
        self.close()

    def _about(self) -> None:
        dialogs.show_about(self, __version__)

    # ----- the tray (painlog.ui.reminders decides) -------------------------------------------------------

    def bring_back(self) -> None:
        """Show the window again (from the tray, a notification, or a second painlog started)."""
        was_in_tray, self.in_tray = self.in_tray, False
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        self.reminders.settings_changed()
        if was_in_tray and not self.procedure_diaries.windows:  # started in the background: open sheets show now
            self.procedure_diaries.open_sheets()
        if was_in_tray:  # a painlog started at log-in asks about missed days when its window first comes out
            QTimer.singleShot(0, self, self.ask_missed_days)

    def quit_painlog(self) -> None:
        """File ▸ Quit, or Quit painlog in the tray: closing asks about unsaved changes as ever (in the window), then
        painlog stops (closing the window only hides it in the tray while the reminder is on)."""
        if self.today_page.is_dirty():
            self.bring_back()
        self._quitting = True
        if self.close():
            QApplication.quit()  # a window hidden in the tray does not end painlog by closing
        self._quitting = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._asking:  # the diary was replaced: the new window keeps this one's place
            event.accept()
        elif self.today_page.can_leave():
            self.view.remember(self)
            event.accept()
            if not self._quitting and self.isVisible() and self.reminders.keeps_running():
                self.reminders.tell_about_tray()
                self.in_tray = True
                self.hide()
                event.ignore()  # painlog stays in the tray for the reminder (and an as-needed dose's question)
        else:
            event.ignore()
        if event.isAccepted():
            self.in_tray = False
            self.prompt_timer.stop()
            self.tray.remove()
            self.procedure_diaries.close_sheets()
