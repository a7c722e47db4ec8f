/* SPDX-License-Identifier: GPL-3.0-or-later
 * The plan as an iCalendar file (RFC 5545), for a calendar application. */
#pragma once

#include "ladder-profile.h"

G_BEGIN_DECLS

char *ladder_calendar_to_ics (LadderProfile *profile);

G_END_DECLS
