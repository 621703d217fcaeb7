// ActiveLink: what process._getActiveHandles(), _getActiveRequests() and
// getActiveResourcesInfo() report. Every open handle wrap and every request in flight is linked,
// in creation order, into one of two lists of its thread (a realm lives on one thread, so the
// lists are thread_local and no Realm field is needed).
#pragma once
#include "base/v8_helpers.h"

namespace nodus {

class ActiveLink;
struct ActiveNode {
  ActiveNode* prev = nullptr;
  ActiveNode* next = nullptr;
  ActiveLink* owner = nullptr;
};

class ActiveLink {
 public:
  enum class Kind { kHandle, kRequest };
  ActiveLink() = default;
  ActiveLink(const ActiveLink&) = delete;
  ActiveLink& operator=(const ActiveLink&) = delete;

  // Appends this to its thread's list (a no-op when already linked).
  void LinkActive(Kind kind, const char* name);
  void UnlinkActive();
  bool IsLinkedActive() const { return node_.prev != nullptr; }

  // node's resource name ("TCPSocketWrap", "FSReqCallback", ...).
  const char* active_name() const { return name_; }
  // Whether the entry counts now (handles: open or closing, and ref'd).
  virtual bool ActiveNow() const { return true; }
  // The JS object reported for it.
  virtual v8::Local<v8::Object> ActiveObject() = 0;

  // Calls fn(ActiveLink*) for each entry of the list, oldest first.
  template <typename Fn>
  static void ForEach(Kind kind, Fn fn) {
    ActiveNode* head = Head(kind);
    for (ActiveNode* n = head->next; n != head;) {
      ActiveNode* next = n->next;  // fn may not unlink, but be safe
      fn(n->owner);
      n = next;
    }
  }

 protected:
  virtual ~ActiveLink() { UnlinkActive(); }

 private:
  static ActiveNode* Head(Kind kind);
  ActiveNode node_{nullptr, nullptr, this};
  const char* name_ = "";
};

}  // namespace nodus
