// Draws ImGui's frames with WebGL2 without ever asking WebGL for its state.
//
// Why not ImGui's stock OpenGL3 backend: its RenderDrawData backs up and restores the GL
// state on every frame, 15 glGetIntegerv calls (viewport, scissor box, blend functions ...).
// In a browser each one is WebGL's getParameter, a synchronous round trip to the GPU
// process that first waits for it to finish the previous frame. bench/frame_time.mjs found
// those calls to be 97% of the frame's main-thread time (the empty state and a 20,000-word
// article alike, p50 ~140 ms on a loaded machine with SwiftShader; docs/BENCHMARKS.md).
// The app is the canvas's only GL user, so nothing needs restoring: this renderer sets the
// state it needs each frame and queries nothing after init().
//
//   WebGlRenderer renderer;
//   renderer.init();                         // once, with the WebGL2 context current
//   renderer.upload_fonts();                 // after every font atlas (re)build
//   ... ImGui::Render();
//   renderer.render(ImGui::GetDrawData(), width, height);   // framebuffer pixels
#pragma once
#include <cstdint>

struct ImDrawData;

namespace ann::web {

class WebGlRenderer {
 public:
  // Compiles the shaders and makes the buffers; false (with a message on the console) if
  // WebGL2 refuses them.
  bool init();
  // Uploads ImGui's font atlas (io.Fonts, built or not) as the texture draw commands name.
  void upload_fonts();
  // Draws `data` over the whole framebuffer; leaves the scissor test off (glClear obeys it).
  void render(const ImDrawData* data, int framebuffer_width, int framebuffer_height);

 private:
  void set_up_state(const ImDrawData* data, int framebuffer_width, int framebuffer_height);

  uint32_t program_ = 0;
  int projection_location_ = -1;
  int texture_location_ = -1;
  uint32_t vertex_array_ = 0;
  uint32_t vertex_buffer_ = 0;
  uint32_t index_buffer_ = 0;
  uint32_t font_texture_ = 0;
};

}  // namespace ann::web
