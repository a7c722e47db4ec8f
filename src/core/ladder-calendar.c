/* SPDX-License-Identifier: GPL-3.0-or-later
 * The plan as an iCalendar file (RFC 5545), written with libical: each action is a to-do from
 * the first to the last day of its quarter (a year's goal, of its year), each checkpoint an
 * all-day event at the start of its quarter, and a quarterly check-in an all-day event at the
 * start of every quarter after the first; each with a reminder a week before. UIDs are made of
 * the profile's creation time and the item's id, so that importing the file again after a change
 * updates the entries instead of adding them twice. The words are the plan's own, in the
 * language it is shown in. */
#define G_LOG_DOMAIN "ladder-calendar"

#include "config.h"

#include "ladder-i18n.h"

#include <libical/ical.h>

#include "ladder-calendar.h"
#include "ladder-planner.h"

typedef struct
{
  guint year;    /* the calendar year of the plan's first quarter */
  guint quarter; /* 1–4 */
} Start;

/* The first day of the plan's quarter @index (from 0), or of the day after its last. */
static struct icaltimetype
quarter_day (const Start *start,
             guint        index,
             gboolean     after)
{
  struct icaltimetype day = icaltime_null_date ();
  guint absolute = start->quarter - 1 + index + (after ? 1 : 0);

  day.year = start->year + absolute / 4;
  day.month = (absolute % 4) * 3 + 1;
  day.day = 1;
  return day;
}

static char *
uid (LadderProfile *profile,
     const char    *what)
{
  const char *created = ladder_profile_get_created (profile);
  GString *out = g_string_new (NULL);

  /* Only what every calendar keeps as it is: letters, digits, "-" and ".". */
  for (const char *p = created != NULL ? created : "ladder"; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, *p);
  g_string_append_c (out, '-');
  for (const char *p = what; *p != '\0'; p++)
    g_string_append_c (out, g_ascii_isalnum (*p) || *p == '-' || *p == '.' ? *p : '_');
  g_string_append (out, "@pmladder.github.io");
  return g_string_free (out, FALSE);
}

/* A week before: the start of an event, the due day of a to-do. */
static void
add_reminder (icalcomponent *component,
              const char    *summary,
              gboolean       before_due)
{
  icalcomponent *alarm = icalcomponent_new_valarm ();
  struct icaltriggertype trigger = { 0 };
  icalproperty *when;

  trigger.time = icaltime_null_time ();
  trigger.duration = icaldurationtype_from_int (-7 * 24 * 60 * 60);
  when = icalproperty_new_trigger (trigger);
  if (before_due)
    icalproperty_add_parameter (when, icalparameter_new_related (ICAL_RELATED_END));
  icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
  icalcomponent_add_property (alarm, when);
  icalcomponent_add_property (alarm, icalproperty_new_description (summary));
  icalcomponent_add_component (component, alarm);
}

static icalcomponent *
new_entry (icalcomponent_kind   kind,
           const char          *uid_text,
           const char          *summary,
           const char          *description,
           struct icaltimetype  stamp)
{
  icalcomponent *component = icalcomponent_new (kind);

  icalcomponent_add_property (component, icalproperty_new_uid (uid_text));
  icalcomponent_add_property (component, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (component, icalproperty_new_summary (summary));
  if (description != NULL && *description != '\0')
    icalcomponent_add_property (component, icalproperty_new_description (description));
  return component;
}

static void
add_item (icalcomponent        *calendar,
          LadderProfile        *profile,
          const Start          *start,
          const LadderPlanItem *item,
          struct icaltimetype   stamp)
{
  g_autofree char *id = uid (profile, item->id);
  icalcomponent *entry;
  guint index = (item->year - 1) * 4 + (item->quarter > 0 ? item->quarter - 1 : 0);

  if (g_str_equal (item->kind, "checkpoint"))
    {
      entry = new_entry (ICAL_VEVENT_COMPONENT, id, item->title, item->outcome, stamp);
      icalcomponent_add_property (entry, icalproperty_new_dtstart (quarter_day (start, index,
                                                                                FALSE)));
      icalcomponent_add_property (entry, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
    }
  else
    {
      /* An action takes its quarter; a year's goal, its year. */
      struct icaltimetype due = quarter_day (start, ladder_planner_item_last_quarter (item), TRUE);

      icaltime_adjust (&due, -1, 0, 0, 0);
      entry = new_entry (ICAL_VTODO_COMPONENT, id, item->title, item->outcome, stamp);
      icalcomponent_add_property (entry, icalproperty_new_dtstart (quarter_day (start, index,
                                                                                FALSE)));
      icalcomponent_add_property (entry, icalproperty_new_due (due));
      icalcomponent_add_property (entry, icalproperty_new_status (
        item->status == LADDER_STATUS_DONE ? ICAL_STATUS_COMPLETED
        : item->status == LADDER_STATUS_IN_PROGRESS ? ICAL_STATUS_INPROCESS
                                                    : ICAL_STATUS_NEEDSACTION));
    }
  add_reminder (entry, item->title, !g_str_equal (item->kind, "checkpoint"));
  icalcomponent_add_component (calendar, entry);
}

/**
 * ladder_calendar_to_ics:
 *
 * Returns: (transfer full): the plan of @profile as an iCalendar file's text
 */
char *
ladder_calendar_to_ics (LadderProfile *profile)
{
  icalcomponent *calendar;
  struct icaltimetype stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());
  g_autoptr (GDateTime) made = NULL;
  g_autofree char *name = NULL;
  Start start;
  guint quarters = 0;
  char *text, *out;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  made = ladder_profile_get_plan_generated (profile) != NULL
         ? g_date_time_new_from_iso8601 (ladder_profile_get_plan_generated (profile), NULL)
         : NULL;
  if (made == NULL)
    made = g_date_time_new_now_utc ();
  ladder_planner_first_quarter (made, &start.year, &start.quarter);

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//pmladder//Ladder//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  /* Translators: the calendar's name in a calendar application; %s is the person's name */
  name = g_strdup_printf (_("Career plan: %s"), ladder_profile_get_name (profile));
  {
    icalproperty *calendar_name = icalproperty_new_x (name);

    icalproperty_set_x_name (calendar_name, "X-WR-CALNAME");
    icalcomponent_add_property (calendar, calendar_name);
  }

  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);

      add_item (calendar, profile, &start, item, stamp);
      quarters = MAX (quarters, item->year * 4);
    }
  /* A check-in at the start of every quarter after the first. */
  for (guint q = 1; q < quarters; q++)
    {
      g_autofree char *what = g_strdup_printf ("checkin-%u", q);
      g_autofree char *id = uid (profile, what);
      /* Translators: a calendar entry at the start of every quarter of the plan */
      const char *summary = _("Quarterly check-in: what got done, what slipped, what comes next");
      icalcomponent *event = new_entry (ICAL_VEVENT_COMPONENT, id, summary,
                                        _("Open Ladder, mark what you did, log its evidence and "
                                          "re-rate the skills the quarter touched."),
                                        stamp);

      icalcomponent_add_property (event, icalproperty_new_dtstart (quarter_day (&start, q,
                                                                                FALSE)));
      icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
      add_reminder (event, summary, FALSE);
      icalcomponent_add_component (calendar, event);
    }

  text = icalcomponent_as_ical_string_r (calendar);
  out = g_strdup (text);
  free (text);
  icalcomponent_free (calendar);
  return out;
}
