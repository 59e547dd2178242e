//! What a handler works with: the app, the sender, the open turn, and helpers to answer,
//! notify other members in their own language, and keep the dialogue state.

use crate::view::message::Keyboard;
use chrono::NaiveDate;
use sqlx::SqliteConnection;

use super::dialogue::State;
use super::turn::Turn;
use super::who::Who;
use super::{Channel, HandlerResult};
use crate::app::App;
use crate::domain::{Lang, Member, Role};
use crate::i18n::{Args, Key};
use crate::store;
use crate::store::reminders::PlanningRow;
use crate::view::message::{Outgoing, Purpose};

pub struct Ctx<'t, 'a> {
    pub app: &'a App,
    pub who: &'a Who,
    pub channel: &'a Channel,
    pub turn: &'t mut Turn<'a>,
    /// The member's message being answered (replies in groups are threaded under it).
    pub source_message: Option<i32>,
    /// The bot's message whose button was pressed (paging edits it).
    pub pressed: Option<i32>,
    /// The sender's dialogue row as it stands in this turn (JSON): read with the sender, kept
    /// up to date here, so that asking for it or clearing it when absent costs no query.
    dialogue: Option<String>,
    /// What was read and rendered before the turn began (see [`Prepared`]).
    pub prepared: Prepared,
}

/// Heavy work done before the update's turn takes the writer, so that the one writing
/// connection is held only to claim the update and commit: files rendered for a command to
/// send (`summarise::prepare`), a notice already read (`import::prepare_file`). The turn
/// decides again and does the work itself when nothing was prepared.
#[derive(Debug, Default)]
pub struct Prepared {
    pub files: Vec<Outgoing>,
    pub reading: Option<super::import::PreparedReading>,
    /// What the bot's message a reply answers was about.
    pub replied: Option<super::About>,
}

impl Prepared {
    /// The first prepared file, if any.
    pub fn take_file(&mut self) -> Option<Outgoing> {
        (!self.files.is_empty()).then(|| self.files.remove(0))
    }
}

impl<'t, 'a> Ctx<'t, 'a> {
    pub fn new(
        app: &'a App,
        who: &'a Who,
        channel: &'a Channel,
        turn: &'t mut Turn<'a>,
        source_message: Option<i32>,
    ) -> Self {
        Self {
            app,
            who,
            channel,
            turn,
            source_message,
            pressed: None,
            dialogue: who.dialogue.clone(),
            prepared: Prepared::default(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.who.lang
    }

    pub fn today(&self) -> NaiveDate {
        self.app.today()
    }

    /// The sender as a member. Handlers behind the gate only run for members.
    pub fn member(&self) -> &'a Member {
        self.who.member.as_ref().expect("the gate lets only members through")
    }

    pub fn member_id(&self) -> Option<i64> {
        self.who.member.as_ref().map(|m| m.id)
    }

    pub fn db(&mut self) -> &mut SqliteConnection {
        self.turn.db()
    }

    /// A task with its co-units (see [`Turn::task`]).
    /// The task a typed code names: `NV-0042`, or a recurring task's occurrence
    /// `NV-0042/11-2026`; a series' own code names its current occurrence. `None` when the
    /// text is no task code, or names no occurrence.
    pub async fn task_named(&mut self, typed: &str) -> store::Result<Option<i64>> {
        match crate::domain::parse_task_ref(typed) {
            Some(r) => self.turn.resolve(&r).await,
            None => Ok(None),
        }
    }

    pub async fn task(&mut self, id: i64) -> store::Result<Option<crate::domain::Task>> {
        self.turn.task(id).await
    }

    pub fn t(&self, key: Key) -> String {
        self.app.i18n.t0(self.who.lang, key)
    }

    pub fn ta(&self, key: Key, args: &Args) -> String {
        self.app.i18n.t(self.who.lang, key, args)
    }

    /// Answers in the chat the update came from (threaded under the message in groups).
    pub async fn reply(&mut self, html: String) -> HandlerResult {
        self.reply_with(Outgoing::text(self.who.chat_id, html)).await
    }

    pub async fn reply_keyboard(&mut self, html: String, keyboard: Keyboard) -> HandlerResult {
        self.reply_with(Outgoing::text(self.who.chat_id, html).keyboard(keyboard)).await
    }

    /// Answers with a prepared message, split when it is longer than Telegram allows (the
    /// buttons go under the last part).
    pub async fn reply_with(&mut self, out: Outgoing) -> HandlerResult {
        let threaded = match (self.who.is_private(), self.source_message) {
            (false, Some(id)) => out.reply_to(id),
            _ => out,
        };
        for part in threaded.split() {
            self.turn.send(part);
        }
        Ok(())
    }

    /// Replaces the text of the message whose button was pressed (or answers anew).
    pub async fn edit_pressed(&mut self, html: String, keyboard: Option<Keyboard>) -> HandlerResult {
        match self.pressed {
            Some(id) if crate::view::markup::length(&html) <= crate::view::markup::MESSAGE_BUDGET => {
                let mut out = Outgoing::edit(self.who.chat_id, id, html);
                if let Some(k) = keyboard {
                    out = out.keyboard(k);
                }
                self.turn.send(out);
                Ok(())
            }
            _ => {
                let mut out = Outgoing::text(self.who.chat_id, html);
                if let Some(k) = keyboard {
                    out = out.keyboard(k);
                }
                self.reply_with(out).await
            }
        }
    }

    /// Sends to another member in a private chat, in their language.
    pub async fn notify(&mut self, member: &Member, build: impl Fn(Lang) -> Outgoing) -> HandlerResult {
        let lang = member.lang.unwrap_or(self.app.config.locale);
        let mut out = build(lang);
        out.chat_id = member.telegram_id;
        if out.purpose == Purpose::Reply {
            out.purpose = Purpose::Notice;
        }
        for part in out.split() {
            self.turn.send(part);
        }
        Ok(())
    }

    /// The members who act for the committee's office: the secretariat, or the leadership when
    /// no secretariat member is registered yet.
    pub async fn secretariat(&mut self) -> store::Result<Vec<Member>> {
        let members = store::members::with_roles(self.db(), &[Role::Secretariat]).await?;
        if !members.is_empty() {
            return Ok(members);
        }
        store::members::with_roles(self.db(), &[Role::Chair, Role::Deputy]).await
    }

    /// Plans a task's reminders again after a change (see [`crate::reminders::replan`]).
    pub async fn replan(&mut self, task_id: i64) -> store::Result<()> {
        let earliest = crate::reminders::replan(self.turn.db(), self.app, task_id).await?;
        self.turn.planned(earliest);
        Ok(())
    }

    /// Creates the occurrences recurring tasks lack now (a confirmation or a cancellation
    /// closes one: the next exists at once) and plans their reminders; tells the member of
    /// each.
    pub async fn roll_series(&mut self) -> HandlerResult {
        let (today, now) = (self.today(), self.turn.now());
        for id in store::tasks::roll_series(self.turn.db(), today, now).await? {
            self.replan(id).await?;
            if let Some(task) = self.task(id).await? {
                let date = task.deadline.map(|d| self.app.i18n.date(self.lang(), d)).unwrap_or_default();
                let text =
                    self.ta(Key::SeriesNextCreated, &Args::new().raw("code", task.code()).raw("date", date));
                self.reply(text).await?;
            }
        }
        Ok(())
    }

    /// Plans a task's reminders again after a status report, if it moved them (see
    /// [`crate::reminders::replan_after_report`]).
    pub async fn replan_after_report(
        &mut self,
        task_id: i64,
        before: Option<&PlanningRow>,
        after: Option<&PlanningRow>,
    ) -> store::Result<()> {
        let earliest =
            crate::reminders::replan_after_report(self.turn.db(), self.app, task_id, before, after).await?;
        self.turn.planned(earliest);
        Ok(())
    }

    /// Loads a task the member wants to act on, answering (and returning `None`) when it does not
    /// exist or is not theirs.
    pub async fn reportable_task(
        &mut self,
        id: i64,
    ) -> Result<Option<crate::domain::Task>, super::UseCaseError> {
        let Some(task) = self.task(id).await? else {
            let text = self.ta(Key::TaskUnknown, &Args::new().raw("code", crate::domain::task_code(id)));
            self.reply(text).await?;
            return Ok(None);
        };
        if !crate::domain::may_report(self.member(), &task) {
            let text = self.ta(Key::TaskNotYours, &Args::new().raw("code", task.code()));
            self.reply(text).await?;
            return Ok(None);
        }
        Ok(Some(task))
    }

    // ---- dialogue ----

    pub async fn state(&mut self) -> store::Result<Option<State>> {
        Ok(self.dialogue.as_deref().and_then(State::from_json))
    }

    pub async fn set_state(&mut self, state: &State) -> store::Result<()> {
        let (chat, user, now) = (self.who.chat_id, self.who.user_id, self.turn.now());
        let json = state.to_json();
        store::dialogues::set(self.db(), chat, user, &json, now).await?;
        self.dialogue = Some(json);
        Ok(())
    }

    pub async fn clear_state(&mut self) -> store::Result<()> {
        if self.dialogue.is_none() {
            return Ok(());
        }
        let (chat, user) = (self.who.chat_id, self.who.user_id);
        store::dialogues::clear(self.db(), chat, user).await?;
        self.dialogue = None;
        Ok(())
    }
}
