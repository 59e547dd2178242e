//! Who sent an update and where: the member behind a Telegram user, their language, and
//! whether a group chat is one of the committee's.

use teloxide::types::{Chat, Update, User};

use crate::app::App;
use crate::domain::{Lang, Member};
use crate::store::{self, groups::Group};

/// Where an update came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Private,
    /// A committee group registered with `/nhom`.
    Group(Group),
    /// A group (or channel) that is not registered.
    UnknownGroup,
}

/// The sender of an update, resolved once before any handler runs.
#[derive(Debug, Clone)]
pub struct Who {
    pub user_id: i64,
    /// The name Telegram shows for the user.
    pub name: String,
    pub member: Option<Member>,
    pub lang: Lang,
    pub chat_id: i64,
    pub place: Place,
    /// The sender's dialogue in this chat as read with the member (JSON), if any. An update is
    /// handled only after the chat's previous one committed, so it is current.
    pub dialogue: Option<String>,
}

impl Who {
    pub fn is_private(&self) -> bool {
        self.place == Place::Private
    }
}

/// Resolves the sender of `update`; `None` for updates without a human sender (channel posts,
/// service updates), which the bot ignores.
pub async fn identify(app: &App, update: &Update) -> store::Result<Option<Who>> {
    let (Some(user), Some(chat)) = (update.from(), update.chat()) else { return Ok(None) };
    if user.is_bot {
        return Ok(None);
    }
    let user_id = user.id.0 as i64;
    let name = display_name(user);
    let now = app.now();
    let mut conn = app.store.conn().await?;

    let (mut member, dialogue) = store::members::sender(&mut conn, user_id, chat.id.0).await?;
    if member.is_none() && app.config.admins.contains(&user_id) {
        tracing::info!(user_id, "configured administrator registered as secretariat");
        member =
            Some(store::members::ensure_admin(&mut *app.store.write().await?, user_id, &name, now).await?);
    }
    if let Some(m) = &mut member
        && !m.reachable
        && chat.is_private()
    {
        // They wrote to us, so Telegram delivers to them again.
        store::members::set_reachable(&mut *app.store.write().await?, user_id, true, now).await?;
        m.reachable = true;
    }

    let place = place_of(&mut conn, chat).await?;
    let lang = member.as_ref().and_then(|m| m.lang).unwrap_or(app.config.locale);
    Ok(Some(Who { user_id, name, member, lang, chat_id: chat.id.0, place, dialogue }))
}

async fn place_of(conn: &mut sqlx::SqliteConnection, chat: &Chat) -> store::Result<Place> {
    if chat.is_private() {
        return Ok(Place::Private);
    }
    Ok(match store::groups::by_chat_id(conn, chat.id.0).await? {
        Some(group) => Place::Group(group),
        None => Place::UnknownGroup,
    })
}

fn display_name(user: &User) -> String {
    match &user.last_name {
        Some(last) => format!("{} {last}", user.first_name),
        None => user.first_name.clone(),
    }
}
