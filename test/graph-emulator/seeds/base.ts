// What every mailbox has before any seed: the owner, the well-known mail folders, the default To Do
// list and the OneDrive app folder.
import { touchDrive } from "../resources/driveRecords";
import { Store, type StoreData } from "../store";

export interface Owner {
  name: string;
  email: string;
}

export const DEMO_OWNER: Owner = { name: "Maja Lind", email: "maja.lind@svara-demo.se" };

const FOLDERS: [string, string][] = [
  ["inbox", "Inbox"],
  ["sentitems", "Sent Items"],
  ["drafts", "Drafts"],
  ["deleteditems", "Deleted Items"],
];

export function emptyStore(owner: Owner = DEMO_OWNER, clock?: () => Date): Store {
  const [given, ...rest] = owner.name.split(" ");
  const data: StoreData = {
    user: {
      businessPhones: [],
      displayName: owner.name,
      givenName: given ?? owner.name,
      jobTitle: "Rekryterare",
      mail: owner.email,
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: "sv-SE",
      surname: rest.join(" "),
      userPrincipalName: owner.email,
      id: "5b7a2c1e-0d5f-4c3a-9e1b-7f2d3c4b5a69",
    },
    mailFolders: [],
    messages: [],
    removedMessages: [],
    removedTodoTasks: [],
    categories: [],
    events: [],
    todoLists: [],
    todoTasks: [],
    notebooks: [],
    sectionGroups: [],
    sections: [],
    pages: [],
    driveItems: [],
    seq: 0,
    counter: 0,
    oneNoteSectionPageLimit: 1000,
  };
  const store = new Store(data, clock);
  for (const [wellKnown, displayName] of FOLDERS) {
    const id = store.newId(
      "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OAAuAAAAAA",
      `folder:${wellKnown}`,
    );
    store.mailFolders.set(id, {
      id,
      displayName,
      parentFolderId: store.newId(
        "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OAAuAAAAAA",
        "folder:root",
      ),
      childFolderCount: 0,
      unreadItemCount: 0,
      totalItemCount: 0,
      sizeInBytes: 0,
      isHidden: false,
      _wellKnown: wellKnown,
    });
  }
  const listId = store.newId("AAMkADIyAAAA", "todo:default");
  store.todoLists.set(listId, {
    "@odata.type": "#microsoft.graph.todoTaskList",
    "@odata.etag": `W/"${listId.slice(-16)}"`,
    id: listId,
    displayName: "Tasks",
    isOwner: true,
    isShared: false,
    wellknownListName: "defaultList",
  });
  const rootId = "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K";
  store.driveItems.set(rootId, {
    id: rootId,
    name: "root",
    _root: true,
    folder: { childCount: 0 },
  });
  const appId = "01BYE5RZ5YOS4CWLFWORAJ4U63SCA3JT5P";
  store.driveItems.set(appId, {
    id: appId,
    name: "Svara",
    _parentId: rootId,
    _special: "approot",
    specialFolder: { name: "approot" },
  });
  for (const it of store.driveItems.values()) touchDrive(store, it);
  return store;
}
