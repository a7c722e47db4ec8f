/* SPDX-License-Identifier: GPL-3.0-or-later
 * The command line of cli.md: works with no display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

enum {
  LADDER_EXIT_OK = 0,
  LADDER_EXIT_REFUSED = 1,
  LADDER_EXIT_USAGE = 2,
};

gboolean ladder_cli_wants (int    argc,
                           char **argv);
int      ladder_cli_run   (int    argc,
                           char **argv);

G_END_DECLS
