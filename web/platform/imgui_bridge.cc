#include "platform/imgui_bridge.h"

#include <GLFW/glfw3.h>

#include <cfloat>
#include <string>

#include "imgui.h"

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

}  // namespace

void init_browser_imgui(GLFWwindow* window) {
  glfwSetScrollCallback(window, nullptr);   // replaced by take_wheel_steps()
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = set_clipboard_text;
  io.GetClipboardTextFn = get_clipboard_text;
  io.IniFilename = nullptr;                  // no imgui.ini in the browser's memory file system
}

void begin_browser_frame(const CanvasSize& canvas) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(canvas.css_width, canvas.css_height);
  io.DisplayFramebufferScale = ImVec2(canvas.pixel_width / canvas.css_width,
                                      canvas.pixel_height / canvas.css_height);
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
