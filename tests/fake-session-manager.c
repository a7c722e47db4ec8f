/* SPDX-License-Identifier: GPL-3.0-or-later
 * A stand-in for gnome-session on the test's session bus, enough for GtkApplication's session
 * handling: it takes RegisterClient and, when told to through io.github.pmladder.Test.Logout,
 * asks the client whether the session may end (QueryEndSession), as a logout does. Prints
 * "ready" once it owns org.gnome.SessionManager; exits when its standard input closes. */
#include <gio/gio.h>
#include <stdio.h>

#define CLIENT_PATH "/org/gnome/SessionManager/Client1"

static const char manager_xml[] =
  "<node>"
  "  <interface name='org.gnome.SessionManager'>"
  "    <method name='RegisterClient'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='o' direction='out'/>"
  "    </method>"
  "    <method name='UnregisterClient'><arg type='o' direction='in'/></method>"
  "  </interface>"
  "  <interface name='io.github.pmladder.Test'>"
  "    <method name='Logout'/>"
  "  </interface>"
  "</node>";

static const char client_xml[] =
  "<node>"
  "  <interface name='org.gnome.SessionManager.ClientPrivate'>"
  "    <method name='EndSessionResponse'>"
  "      <arg type='b' direction='in'/><arg type='s' direction='in'/>"
  "    </method>"
  "    <signal name='QueryEndSession'><arg type='u'/></signal>"
  "    <signal name='EndSession'><arg type='u'/></signal>"
  "    <signal name='CancelEndSession'/>"
  "    <signal name='Stop'/>"
  "  </interface>"
  "</node>";

static char *client; /* the unique name of the registered application */

static void
manager_call (GDBusConnection       *connection,
              const char            *sender,
              const char            *path,
              const char            *interface,
              const char            *method,
              GVariant              *parameters,
              GDBusMethodInvocation *invocation,
              gpointer               user_data)
{
  if (g_str_equal (method, "RegisterClient"))
    {
      g_free (client);
      client = g_strdup (sender);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", CLIENT_PATH));
    }
  else if (g_str_equal (method, "Logout") && client != NULL)
    {
      g_dbus_connection_emit_signal (connection, client, CLIENT_PATH,
                                     "org.gnome.SessionManager.ClientPrivate",
                                     "QueryEndSession", g_variant_new ("(u)", 0), NULL);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method, "Logout"))
    g_dbus_method_invocation_return_dbus_error (invocation, "io.github.pmladder.Test.NoClient",
                                                "no application registered");
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
client_call (GDBusConnection       *connection,
             const char            *sender,
             const char            *path,
             const char            *interface,
             const char            *method,
             GVariant              *parameters,
             GDBusMethodInvocation *invocation,
             gpointer               user_data)
{
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
name_acquired (GDBusConnection *connection,
               const char      *name,
               gpointer         user_data)
{
  printf ("ready\n");
  fflush (stdout);
}

static void
name_lost (GDBusConnection *connection,
           const char      *name,
           gpointer         user_data)
{
  g_printerr ("fake-session-manager: could not own %s\n", name);
  g_main_loop_quit (user_data);
}

static gboolean
input_closed (GIOChannel   *channel,
              GIOCondition  condition,
              gpointer      user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

int
main (void)
{
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr (GDBusNodeInfo) manager = g_dbus_node_info_new_for_xml (manager_xml, NULL);
  g_autoptr (GDBusNodeInfo) client_info = g_dbus_node_info_new_for_xml (client_xml, NULL);
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr (GIOChannel) input = g_io_channel_unix_new (0);
  const GDBusInterfaceVTable manager_vtable = { manager_call, NULL, NULL, { NULL, } };
  const GDBusInterfaceVTable client_vtable = { client_call, NULL, NULL, { NULL, } };

  if (bus == NULL)
    return 1;
  for (guint i = 0; manager->interfaces[i] != NULL; i++)
    g_dbus_connection_register_object (bus, "/org/gnome/SessionManager", manager->interfaces[i],
                                       &manager_vtable, NULL, NULL, NULL);
  g_dbus_connection_register_object (bus, CLIENT_PATH, client_info->interfaces[0],
                                     &client_vtable, NULL, NULL, NULL);
  g_bus_own_name_on_connection (bus, "org.gnome.SessionManager", G_BUS_NAME_OWNER_FLAGS_NONE,
                                name_acquired, name_lost, loop, NULL);
  g_io_add_watch (input, G_IO_HUP | G_IO_IN | G_IO_ERR, input_closed, loop);
  g_main_loop_run (loop);
  g_free (client);
  return 0;
}
