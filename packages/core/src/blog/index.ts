export { compileBlog, refreshPublishedBlog } from './blog-snapshot.ts';
export { removePostCover, setPostCover } from './post-cover.ts';
export {
  createPost,
  deletePost,
  getPost,
  listPosts,
  type PostView,
  postStatusAt,
  postView,
  publishPost,
  unpublishPost,
  updatePost,
} from './posts.ts';
