//! Officers away: who of a unit's officers is reached on a day, and for whom they stand in.

/// One officer of a unit, as routing needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Officer {
    pub id: i64,
    /// Not known to have blocked the bot.
    pub reachable: bool,
}

/// An officer away on the day, and the colleague they named, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Absent {
    pub id: i64,
    pub stand_in: Option<i64>,
}

/// A recipient, and the absent colleague they stand in for (a named stand-in is told so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recipient {
    pub id: i64,
    pub standing_in_for: Option<i64>,
}

/// The unit's officers a reminder or request reaches on a day: those reachable and not away.
/// Every officer of a unit hears about its tasks, so an absence takes one out, and the
/// colleague it names (if present and reachable) is told they stand in; empty when nobody is
/// left, which the secretariat must hear about.
pub fn recipients(officers: &[Officer], away: &[Absent]) -> Vec<Recipient> {
    officers
        .iter()
        .filter(|o| o.reachable && !away.iter().any(|a| a.id == o.id))
        .map(|o| Recipient {
            id: o.id,
            standing_in_for: away.iter().find(|a| a.stand_in == Some(o.id)).map(|a| a.id),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Officer = Officer { id: 1, reachable: true };
    const B: Officer = Officer { id: 2, reachable: true };
    const C: Officer = Officer { id: 3, reachable: true };

    #[test]
    fn without_absences_every_reachable_officer_is_reached() {
        let blocked = Officer { id: 4, reachable: false };
        let got: Vec<i64> = recipients(&[A, B, blocked], &[]).iter().map(|r| r.id).collect();
        assert_eq!(got, [1, 2]);
    }

    #[test]
    fn the_absent_officer_is_left_out_and_the_named_colleague_stands_in() {
        let got = recipients(&[A, B, C], &[Absent { id: 1, stand_in: Some(3) }]);
        assert_eq!(
            got,
            [Recipient { id: 2, standing_in_for: None }, Recipient { id: 3, standing_in_for: Some(1) }]
        );
    }

    #[test]
    fn a_stand_in_who_is_away_too_stands_in_for_nobody() {
        let away = [Absent { id: 1, stand_in: Some(2) }, Absent { id: 2, stand_in: None }];
        let got = recipients(&[A, B, C], &away);
        assert_eq!(got, [Recipient { id: 3, standing_in_for: None }]);
    }

    #[test]
    fn nobody_is_left_when_the_only_officer_is_away() {
        assert!(recipients(&[A], &[Absent { id: 1, stand_in: None }]).is_empty());
        let blocked = Officer { id: 2, reachable: false };
        assert!(recipients(&[A, blocked], &[Absent { id: 1, stand_in: Some(2) }]).is_empty());
    }
}
