/* SPDX-License-Identifier: GPL-3.0-or-later
 * Ladder's entry point: the command line (no display needed) or the application. */
#define G_LOG_DOMAIN "ladder"

#include "config.h"

#include "ladder-i18n.h"
#include <locale.h>

#include "cli/ladder-cli.h"
#include "gui/ladder-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (LadderApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LADDER_LOCALEDIR") ? g_getenv ("LADDER_LOCALEDIR")
                                                                  : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Any option is the command line; `ladder` and `ladder FILE.json` open the window. */
  if (ladder_cli_wants (argc, argv))
    return ladder_cli_run (argc, argv);

  app = ladder_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
