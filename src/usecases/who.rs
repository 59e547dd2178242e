//! Who sent an update and where: the member behind a messenger's user, their language, and
//! whether a group chat is one of the committee's.

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
    /// The group's title, in groups.
    pub chat_title: Option<String>,
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

/// The sender of an update as the messenger gives it.
#[derive(Debug, Clone)]
pub struct Sender {
    pub user_id: i64,
    /// The name the messenger shows for the user.
    pub name: String,
    pub chat_id: i64,
    pub private: bool,
    pub chat_title: Option<String>,
}

/// Resolves a sender to a member and a place.
pub async fn identify(app: &App, sender: Sender) -> store::Result<Who> {
    let Sender { user_id, name, chat_id, private, chat_title } = sender;
    let now = app.now();
    let mut conn = app.store.conn().await?;

    let (mut member, dialogue) = store::members::sender(&mut conn, user_id, chat_id).await?;
    if member.is_none() && app.config.admins.contains(&user_id) {
        tracing::info!(user_id, "configured administrator registered as secretariat");
        member =
            Some(store::members::ensure_admin(&mut *app.store.write().await?, user_id, &name, now).await?);
    }
    if let Some(m) = &mut member
        && !m.reachable
        && private
    {
        // They wrote to us, so Telegram delivers to them again.
        store::members::set_reachable(&mut *app.store.write().await?, user_id, true, now).await?;
        m.reachable = true;
    }

    let place = if private {
        Place::Private
    } else {
        match store::groups::by_chat_id(&mut conn, chat_id).await? {
            Some(group) => Place::Group(group),
            None => Place::UnknownGroup,
        }
    };
    let lang = member.as_ref().and_then(|m| m.lang).unwrap_or(app.config.locale);
    Ok(Who { user_id, name, member, lang, chat_id, chat_title, place, dialogue })
}
