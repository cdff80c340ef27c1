#include "platform/imgui_bridge.h"

#include <GLFW/glfw3.h>

#include <cfloat>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_glfw.h"

namespace ann::web {
namespace {

void set_clipboard_text(void*, const char* text) { copy_to_clipboard(text); }

// Reading the clipboard needs a permission prompt in browsers; text arrives by the paste
// event instead, so ImGui's own Ctrl+V sees an empty clipboard.
const char* get_clipboard_text(void*) { return ""; }

const char* css_cursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    case ImGuiMouseCursor_None: return "none";
    default: return "default";
  }
}

// ImGui 1.86 reads keys as io.KeysDown once per frame, so a key pressed and released between
// two frames (a quick Ctrl+Z on a slow frame) would never be seen. While a press no frame has
// seen yet is pending, every release waits until a frame has seen it, the modifier's too:
//   keydown Z, keyup Z, [frame: Z down => pressed], [frame: Z up]
//   keydown Ctrl, [frame], keydown Z, keyup Z, keyup Ctrl, [frame: Ctrl+Z], [frame: both up]
struct KeyEvent { int key, scancode, mods; };
bool g_key_press_unseen = false;            // a key went down since the last ImGui::NewFrame
std::vector<KeyEvent> g_waiting_releases;   // released before a frame saw the press
std::vector<KeyEvent> g_due_releases;       // their press has been seen: release next frame

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (action == GLFW_RELEASE && (g_key_press_unseen || !g_waiting_releases.empty())) {
    g_waiting_releases.push_back({key, scancode, mods});
    return;
  }
  if (action == GLFW_PRESS) g_key_press_unseen = true;
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

// Before ImGui::NewFrame: releases whose press the previous frame saw happen now; the
// presses of this frame's input are about to be seen.
void settle_keys(GLFWwindow* window) {
  for (const KeyEvent& e : g_due_releases) ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, GLFW_RELEASE, e.mods);
  g_due_releases.swap(g_waiting_releases);
  g_waiting_releases.clear();
  g_key_press_unseen = false;
}

// The same holds for the mouse: ImGui 1.86 reads the cursor once per frame, so a press followed
// by a move before the next frame would start a drag where the move ended (one character late
// on a quick drag). The first frame after a press sees the cursor where the press happened:
//   mousedown at x0, mousemove to x1, [frame: down at x0], [frame: drag to x1]
bool g_press_unseen = false;
double g_press_x = 0, g_press_y = 0;   // backing-store pixels, as glfwGetCursorPos gives

void on_mouse_button(GLFWwindow* window, int button, int action, int mods) {
  if (action == GLFW_PRESS) {
    glfwGetCursorPos(window, &g_press_x, &g_press_y);   // already moved to the press
    g_press_unseen = true;
  }
  ImGui_ImplGlfw_MouseButtonCallback(window, button, action, mods);
}

GLFWwindow* g_window = nullptr;

}  // namespace

void init_browser_imgui(GLFWwindow* window) {
  g_window = window;
  // Replaces the backend's key callback (it chains to none here), see on_key.
  glfwSetKeyCallback(window, on_key);
  glfwSetMouseButtonCallback(window, on_mouse_button);   // the same for presses, see on_mouse_button
  glfwSetScrollCallback(window, nullptr);   // replaced by take_wheel_steps()
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = set_clipboard_text;
  io.GetClipboardTextFn = get_clipboard_text;
  io.IniFilename = nullptr;                  // no imgui.ini in the browser's memory file system
}

void begin_browser_frame(const CanvasSize& canvas) {
  if (g_window) settle_keys(g_window);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(canvas.css_width, canvas.css_height);
  io.DisplayFramebufferScale = ImVec2(canvas.pixel_width / canvas.css_width,
                                      canvas.pixel_height / canvas.css_height);
  if (g_press_unseen && io.MousePos.x != -FLT_MAX) {
    io.MousePos = ImVec2(static_cast<float>(g_press_x), static_cast<float>(g_press_y));
  }
  g_press_unseen = false;
  if (io.MousePos.x != -FLT_MAX) {
    io.MousePos.x /= io.DisplayFramebufferScale.x;
    io.MousePos.y /= io.DisplayFramebufferScale.y;
  }
  float touch_x = 0, touch_y = 0;
  if (touch_position(&touch_x, &touch_y)) io.MousePos = ImVec2(touch_x, touch_y);
  WheelSteps wheel = take_wheel_steps();
  io.MouseWheelH += wheel.x;
  io.MouseWheel += wheel.y;
}

void end_browser_frame() { set_css_cursor(css_cursor(ImGui::GetMouseCursor())); }

}  // namespace ann::web
