// The browser app's entry point: sets up GLFW/WebGL2 and ImGui, then runs one frame per
// animation frame. State lives on the heap (App), because main() returns right after
// starting the loop (emscripten_set_main_loop with simulate_infinite_loop = 0).
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "app/app_state.h"
#include "app/document_io.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/browser.h"
#include "platform/embed_api.h"
#include "platform/frame_stats.h"
#include "platform/imgui_bridge.h"
#include "platform/webgl_renderer.h"
#include "views/fonts.h"
#include "views/main_window.h"
#include "views/test_queries.h"
#include "views/theme.h"

namespace {

struct App {
  GLFWwindow* window = nullptr;
  ann::web::AppState state;
  ann::web::MainWindow main_window;
  ann::web::Fonts fonts;
  ann::web::WebGlRenderer renderer;   // not ImGui's OpenGL3 backend: see webgl_renderer.h
  int idle_frames = 0;          // frames drawn since the last input
  ann::web::CanvasSize canvas;  // as of the last frame drawn
};

// Draw a few frames after each input (ImGui settles hover and click state over two or
// three), then none until the next input: an idle page costs no CPU or GPU.
constexpr int kFramesAfterInput = 6;

bool same_size(const ann::web::CanvasSize& a, const ann::web::CanvasSize& b) {
  return a.pixel_width == b.pixel_width && a.pixel_height == b.pixel_height &&
         a.pixel_ratio == b.pixel_ratio;
}

void run_frame(void* arg) {
  App& app = *static_cast<App*>(arg);
  ann::web::CanvasSize canvas = ann::web::sync_canvas_size();
  // A change made through the embedding API (setText, setDocument ...) is not input, but it
  // must be drawn; polling here also fires the page's 'change'/'select' events.
  const bool api_change = ann::web::poll_embed_events(app.state);
  if (ann::web::take_input_activity() || api_change || !same_size(canvas, app.canvas)) {
    app.idle_frames = 0;
  }
  if (app.idle_frames > kFramesAfterInput) return;
  ++app.idle_frames;
  app.canvas = canvas;
  if (canvas.pixel_ratio != app.fonts.pixel_ratio) {   // first frame, or the browser zoomed
    ann::web::load_fonts(canvas.pixel_ratio, &app.fonts);
    app.renderer.upload_fonts();
  }

  // Input from files and the clipboard, a big text waiting for its progress frame, autosave.
  ann::web::document_io().before_frame(app.state);
  // Times building the frame, from here to the last GL call (bench/frame_time.mjs).
  ann::web::FrameTimer frame_timer;
  ImGui_ImplGlfw_NewFrame();
  ann::web::begin_browser_frame(canvas);
  ImGui::NewFrame();
  app.main_window.draw(app.state, app.fonts);
  ImGui::Render();
  ann::web::end_browser_frame();

  glViewport(0, 0, canvas.pixel_width, canvas.pixel_height);
  const ImVec4 page = ann::web::clear_color();   // the theme's page colour
  glClearColor(page.x, page.y, page.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  app.renderer.render(ImGui::GetDrawData(), canvas.pixel_width, canvas.pixel_height);
}

}  // namespace

int main() {
  if (!glfwInit()) {
    ann::web::show_page_error("Could not start: GLFW failed to initialise.");
    return 1;
  }
  auto* app = new App;   // lives as long as the page
  if (ann::web::prefers_dark_theme()) app->state.options().theme = ann::web::Theme::Dark;
  // An opaque canvas without depth or stencil buffers: ImGui needs neither.
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  app->window = glfwCreateWindow(1280, 800, "Article annotator", nullptr, nullptr);
  if (!app->window) {
    ann::web::show_page_error("This browser cannot show the app: WebGL 2 is not available.");
    return 1;
  }
  glfwMakeContextCurrent(app->window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ann::web::apply_theme();
  ImGui_ImplGlfw_InitForOpenGL(app->window, true);
  if (!app->renderer.init()) {
    ann::web::show_page_error("This browser cannot show the app: its WebGL 2 refused our shaders.");
    return 1;
  }
  ann::web::init_browser_imgui(app->window);

  ann::web::connect_page({
      .on_paste = [app](std::string text) { app->state.set_text(std::move(text)); },
      .text = [app] { return std::string_view(app->state.document().text); },
      .entity_count = [app] { return static_cast<int>(app->state.document().entities.size()); },
      .claim_count = [app] { return static_cast<int>(app->state.document().claims.size()); },
      .view_report = [app] { return ann::web::report_json(app->main_window.article().report()); },
      .test_query = [app](std::string_view query) {
        // "panels": the side panels, legend, search, theme and help (main_window.h).
        if (query == "panels") return app->main_window.report_json(app->state);
        return ann::web::answer_test_query(query, app->state, app->main_window.article());
      },
  });
  ann::web::connect_embed_api(&app->state);
  ann::web::document_io().start(app->state);   // drop/Open/Paste listeners, restores the last document
  ann::web::show_page_ready();
  emscripten_set_main_loop_arg(run_frame, app, 0, 0);
  return 0;
}
