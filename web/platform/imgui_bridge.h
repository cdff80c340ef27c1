// Fits ImGui's GLFW backend to the browser. ImGui works in CSS pixels (io.DisplaySize) and
// draws into a backing store devicePixelRatio times larger (io.DisplayFramebufferScale);
// the GLFW port reports the mouse in backing-store pixels, so it is scaled back here.
//
//   ImGui_ImplGlfw_NewFrame();
//   begin_browser_frame(sync_canvas_size());   // fixes sizes, mouse, wheel
//   ImGui::NewFrame();  ...  ImGui::Render();
//   end_browser_frame();                       // mouse cursor
#pragma once
#include "platform/browser.h"

struct GLFWwindow;

namespace ann::web {

// After ImGui_ImplGlfw_InitForOpenGL(): wheel and clipboard go through the browser seam.
void init_browser_imgui(GLFWwindow* window);
void begin_browser_frame(const CanvasSize& canvas);
void end_browser_frame();

}  // namespace ann::web
